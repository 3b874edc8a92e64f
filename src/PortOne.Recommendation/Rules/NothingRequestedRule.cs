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
        // The context fact makes the rule need a fact of the call, so it never matches an empty session.
        When()
            .Exists<MerchantContextFact>()
            .Not<RequirementFact>();
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Plain(AdvisoryCode.NothingRequested, null)));
    }
}
