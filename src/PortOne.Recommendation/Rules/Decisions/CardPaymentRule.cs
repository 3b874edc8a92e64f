using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>One-time card payments go through the package's one-time card item.</summary>
[Name("CardPayment.RecommendedPackage")]
[Description("One-time card payments are applied for through the recommended package's one-time card item (신용카드 일반결제), with the edition's PGs for it.")]
internal sealed class CardPaymentRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.CardPayment);
        Then()
            .Do(ctx => call.Emit(ctx, Decide(call.Context)));
    }

    private static RecommendationFact Decide(MerchantContextFact context)
    {
        var providers = context.PackageProviders(PackageItem.CardGeneral);
        return PackageItemRoute.Decide(
            context,
            PaymentService.CardPayment,
            PackageItem.CardGeneral,
            ProviderCapability.CardPayment,
            LocalizableText.FromResource(TextKeys.ReasonCardPaymentPackage, providers));
    }
}
