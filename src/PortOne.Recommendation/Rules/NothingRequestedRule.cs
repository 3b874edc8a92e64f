using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Says so when nothing at all was requested.</summary>
[Name("Advisory.NothingRequested")]
[Description("When no need at all was requested, there is nothing to apply for, and the answer says so.")]
public sealed class NothingRequestedRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        When()
            .Not<RequirementFact>();
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static AdvisoryFact Decide() => new(
        AdvisoryCode.NothingRequested,
        Service: null,
        LocalizableText.FromResource(TextKeys.AdvisoryNothingRequested));
}
