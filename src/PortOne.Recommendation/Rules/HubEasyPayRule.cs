using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Hub-type easy pay is a PG's service and needs direct selection.</summary>
[Name("EasyPay.Hub.DirectSelection")]
[Description("Hub-type easy pay (허브형 간편결제) is offered by PGs, so it is applied for on the easy pay tab of direct selection with a PG marked hub-type; the answer names the PGs that carry every requested brand and warns that the PG may issue an extra merchant ID (MID) for it, that hub-type and direct easy pay do not mix, and that test payments through it are real charges.")]
[Priority(-3)]
public sealed class HubEasyPayRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EasyPayNeed need = null!;
        CoverageFact coverage = null!;

        When()
            .Match(() => need, n => n.Integration == EasyPayIntegration.Hub)
            .Match(() => coverage, c => c.Need.Capability == ProviderCapability.HubEasyPay);
        Then()
            .Do(ctx => ctx.Insert(Decide(need, coverage)))
            .Do(ctx => ctx.Insert(Advise()))
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(AdvisoryCode.HubAndDirectEasyPayExclusive, PaymentService.EasyPay)))
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(AdvisoryCode.HubEasyPayTestPaymentsAreReal, PaymentService.EasyPay)));
    }

    private static RecommendationFact Decide(EasyPayNeed need, CoverageFact coverage) => RecommendationFact.ViaDirectSelection(
        PaymentService.EasyPay,
        coverage.Providers,
        need.Brands.IsEmpty
            ? LocalizableText.FromResource(TextKeys.ReasonEasyPayHubDirectAnyBrand)
            : LocalizableText.FromResource(TextKeys.ReasonEasyPayHubDirectRequestedBrands, need.Brands),
        ConsolePaths.HubEasyPay);

    private static AdvisoryFact Advise() => new(
        AdvisoryCode.HubEasyPayExtraMerchantId,
        PaymentService.EasyPay,
        LocalizableText.FromResource(TextKeys.AdvisoryHubEasyPayExtraMerchantId));
}
