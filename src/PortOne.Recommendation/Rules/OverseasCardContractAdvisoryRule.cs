using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Notes that overseas cards need a separate request and contract with the PG.</summary>
[Name("Advisory.OverseasCardServiceNeedsSeparateContract")]
[Description("When cards issued abroad are requested, the answer notes that the PG's overseas card service (해외카드) must be requested and contracted separately after applying.")]
public sealed class OverseasCardContractAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When()
            .Match(() => need);
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static AdvisoryFact Decide() => new(
        AdvisoryCode.OverseasCardServiceNeedsSeparateContract,
        PaymentService.OverseasCardPayment,
        LocalizableText.FromResource(TextKeys.AdvisoryOverseasCardServiceNeedsSeparateContract));
}
