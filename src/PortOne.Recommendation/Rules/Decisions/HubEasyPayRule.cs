using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Hub-type easy pay is a PG's service and needs direct selection.</summary>
[Name("EasyPay.Hub.DirectSelection")]
[Description("Hub-type easy pay (허브형 간편결제) is offered by PGs, so it is applied for on the easy pay tab of direct selection with a PG marked hub-type; the answer names the PGs that carry every requested brand and warns that the PG may issue an extra merchant ID (MID) for it, that hub-type and direct easy pay do not mix, and that test payments through it are real charges.")]
internal sealed class HubEasyPayRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.EasyPay != null && c.EasyPay.Integration == EasyPayIntegration.Hub);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    private static void Decide(IContext ctx, CallFact call)
    {
        var context = call.Context;
        var brands = call.EasyPay!.Brands;
        var providers = context.Candidates(ProviderCapability.HubEasyPay, brands);
        call.Emit(ctx, RecommendationFact.ViaDirectSelection(
            PaymentService.EasyPay,
            providers,
            brands.IsEmpty
                ? LocalizableText.FromResource(TextKeys.ReasonEasyPayHubDirectAnyBrand)
                : LocalizableText.FromResource(TextKeys.ReasonEasyPayHubDirectRequestedBrands, brands),
            ConsolePaths.HubEasyPay));
        call.Emit(ctx, SourcedAdvisory.Plain(AdvisoryCode.HubEasyPayExtraMerchantId, PaymentService.EasyPay));
        call.Emit(ctx, SourcedAdvisory.Create(context, AdvisoryCode.HubAndDirectEasyPayExclusive, PaymentService.EasyPay));
        call.Emit(ctx, SourcedAdvisory.Create(context, AdvisoryCode.HubEasyPayTestPaymentsAreReal, PaymentService.EasyPay));
        if (providers.Count == 0)
        {
            call.Emit(new NoCandidateFact(PaymentService.EasyPay, brands));
        }
    }
}
