using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Recurring card payments with API-issued billing keys go through the package's recurring card item.</summary>
[Name("RecurringCard.Api.RecommendedPackage")]
[Description("Recurring card payments whose billing keys are issued through the API are applied for through the package's recurring card item (신용카드 정기결제).")]
public sealed class RecurringCardApiRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        RecurringCardNeed need = null!;
        MerchantContextFact context = null!;

        When()
            .Match(() => need, n => n.Issuance == BillingKeyIssuance.Api)
            .Match(() => context);
        Then()
            .Do(ctx => ctx.Insert(Decide(context)));
    }

    private static RecommendationFact Decide(MerchantContextFact context)
    {
        var providers = context.PackageProviders(PackageItem.CardRecurring);
        return RecommendationFact.ViaPackage(
            PaymentService.RecurringCardPayment,
            PackageItem.CardRecurring,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonRecurringCardApiPackage, providers));
    }
}
