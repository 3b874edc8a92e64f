using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class ConcurrencyTests
{
    [Fact]
    public void ManyThreads_OneEngine_GiveTheSequentialAnswers()
    {
        var profiles = DecisionTable.AllProfiles().Where((_, i) => i % 37 == 0).ToArray();
        var engine = RecommendationEngine.Create();
        var sequential = profiles.Select(engine.Recommend).ToArray();
        var parallel = new RecommendationResult[profiles.Length];

        Parallel.For(
            0,
            profiles.Length * 4,
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i % profiles.Length] = engine.Recommend(profiles[i % profiles.Length]));

        parallel.Should().Equal(sequential);
    }

    [Fact]
    public void ManyThreads_FirstCallsAtOnce_CompileOnceAndAgree()
    {
        var engine = RecommendationEngine.Create();
        var requirements = new MerchantRequirements { CardPayment = true, IdentityVerification = new() };
        using var start = new Barrier(8);
        var results = new ConcurrentBag<RecommendationResult>();

        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            results.Add(engine.Recommend(requirements));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        results.Should().HaveCount(8);
        results.Distinct().Should().ContainSingle()
            .Which.Should().Be(Engines.Ko.Recommend(requirements));
    }
}
