using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Recurring card payments with API-issued billing keys go through the package's recurring card item.</summary>
[Name("RecurringCard.Api.RecommendedPackage")]
[Description("Recurring card payments whose billing keys are issued through the API are applied for through the package's recurring card item (신용카드 정기결제).")]
internal sealed class RecurringCardApiRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.RecurringCard == BillingKeyIssuance.Api);
        Then()
            .Do(ctx => call.Emit(ctx, Decide(call.Context)));
    }

    private static RecommendationFact Decide(MerchantContextFact context)
    {
        var providers = context.PackageProviders(PackageItem.CardRecurring);
        return PackageItemRoute.Decide(
            context,
            PaymentService.RecurringCardPayment,
            PackageItem.CardRecurring,
            ProviderCapability.RecurringCardApi,
            LocalizableText.FromResource(TextKeys.ReasonRecurringCardApiPackage, providers));
    }
}
