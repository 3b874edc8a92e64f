using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>The last rule of a stage in which the caller's rules take part (see <see cref="StageEndFact"/>).</summary>
[Name(StageEndRule.RuleName)]
[Description("When the caller registered rules, marks the end of each stage, after every other rule has fired, so that a rule that halts the session is reported instead of giving a short answer.")]
[Priority(int.MinValue)]
internal sealed class StageEndRule : Rule
{
    /// <summary>The rule's name, which the engine leaves out of the fired rules it reports.</summary>
    public const string RuleName = "Engine.StageEnd";

    public override void Define()
    {
        StageEndFact marker = null!;

        When()
            .Match(() => marker);
        Then()
            .Do(ctx => Reached());
    }

    private static void Reached()
    {
    }
}
