using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.CustomRules;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

/// <summary>
/// The caller's stage over the whole input space: with rules registered that match every kind of fact of that stage
/// (needs, context, entries, advisories, plan) and change nothing, every answer is the one of the built-in rules
/// alone, and so is every explanation of a sample. What the caller's stage inserts, reads back and retracts must not
/// change an answer, nor leave anything behind in the pooled sessions for the next call.
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class CallerStageSpaceTests
{
    // Every kind of fact matched; and only entries and plan, so that the engine leaves the other kinds out of the
    // session (the advisories of the decisions then stay with the engine).
    private static readonly RecommendationEngine[] WatchedEngines =
    [
        RecommendationEngine.Create(o => o.AddRules(
            typeof(WatchesNeedsRule), typeof(WatchesContextRule), typeof(WatchesEntriesRule), typeof(WatchesAdvisoriesRule), typeof(WatchesPlanRule))),
        RecommendationEngine.Create(o => o.AddRules(typeof(WatchesEntriesRule), typeof(WatchesPlanRule))),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void RulesThatChangeNothing_LeaveEveryAnswerAsTheBuiltInRulesGiveIt(int watched)
    {
        var engine = WatchedEngines[watched];
        var failures = new ConcurrentQueue<string>();
        Parallel.ForEach(DecisionTable.AllProfiles(), requirements =>
        {
            var expected = Engines.Uncached.Recommend(requirements);
            var actual = engine.Recommend(requirements);
            if (!actual.Equals(expected) && failures.Count < 5)
            {
                failures.Enqueue(requirements.ToString());
            }
        });

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void RulesThatChangeNothing_LeaveEveryExplanationOfASampleAsTheBuiltInRulesGiveIt(int watched)
    {
        var engine = WatchedEngines[watched];
        var explain = new RecommendationContext { Explain = true, IncludeOnboarding = true };
        var failures = new ConcurrentQueue<string>();
        Parallel.ForEach(DecisionTable.AllProfiles().Where((_, i) => i % 37 == 0), requirements =>
        {
            var expected = Engines.Uncached.Recommend(requirements, explain);
            var actual = engine.Recommend(requirements, explain);
            if (!actual.Equals(expected) && failures.Count < 5)
            {
                failures.Enqueue(requirements.ToString());
            }
        });

        failures.Should().BeEmpty();
    }
}
