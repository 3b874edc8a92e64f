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

        When()
            .Match(() => need, n => n.Issuance == BillingKeyIssuance.Api);
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static RecommendationFact Decide() => RecommendationFact.ViaPackage(
        PaymentService.RecurringCardPayment,
        PackageItem.CardRecurring,
        RecommendedPackage.CardRecurringProviders,
        LocalizableText.FromResource(TextKeys.ReasonRecurringCardApiPackage, RecommendedPackage.CardRecurringProviders));
}
