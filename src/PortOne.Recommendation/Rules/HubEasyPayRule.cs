using System;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Hub-type easy pay is a PG's service and needs direct selection.</summary>
[Name("EasyPay.Hub.DirectSelection")]
[Description("Hub-type easy pay (허브형 간편결제) is offered by PGs, so it is applied for on the easy pay tab of direct selection with a PG marked hub-type; the answer warns that the PG may issue an extra merchant ID (MID) for it.")]
public sealed class HubEasyPayRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EasyPayNeed need = null!;

        When()
            .Match(() => need, n => n.Integration == EasyPayIntegration.Hub);
        Then()
            .Do(ctx => ctx.Insert(Decide(need)))
            .Do(ctx => ctx.Insert(Advise()));
    }

    private static RecommendationFact Decide(EasyPayNeed need) => RecommendationFact.ViaDirectSelection(
        PaymentService.EasyPay,
        Array.Empty<PaymentProvider>(),
        need.Brands.IsEmpty
            ? LocalizableText.FromResource(TextKeys.ReasonEasyPayHubDirectAnyBrand)
            : LocalizableText.FromResource(TextKeys.ReasonEasyPayHubDirectRequestedBrands, need.Brands),
        ConsolePaths.HubEasyPay);

    private static AdvisoryFact Advise() => new(
        AdvisoryCode.HubEasyPayExtraMerchantId,
        PaymentService.EasyPay,
        LocalizableText.FromResource(TextKeys.AdvisoryHubEasyPayExtraMerchantId));
}
