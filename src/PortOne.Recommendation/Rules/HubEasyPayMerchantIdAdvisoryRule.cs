using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that hub-type easy pay may come with an extra merchant ID.</summary>
[Name("Advisory.HubEasyPayExtraMerchantId")]
[Description("When easy pay is hub-type, the answer warns that some PGs issue an extra PG merchant ID (MID) for it, which the integration must then call with.")]
public sealed class HubEasyPayMerchantIdAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EasyPayNeed need = null!;

        When()
            .Match(() => need, n => n.Integration == EasyPayIntegration.Hub);
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static AdvisoryFact Decide() => new(
        AdvisoryCode.HubEasyPayExtraMerchantId,
        PaymentService.EasyPay,
        LocalizableText.FromResource(TextKeys.AdvisoryHubEasyPayExtraMerchantId));
}
