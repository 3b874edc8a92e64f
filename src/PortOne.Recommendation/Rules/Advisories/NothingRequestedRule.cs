using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Says so when nothing at all was requested.</summary>
[Name("Advisory.NothingRequested")]
[Description("When no need at all was requested, there is nothing to apply for, and the answer says so.")]
internal sealed class NothingRequestedRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Needs.Count == 0);
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Plain(AdvisoryCode.NothingRequested, null)));
    }
}
