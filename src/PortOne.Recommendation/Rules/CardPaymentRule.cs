using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>One-time card payments go through the package's one-time card item.</summary>
[Name("CardPayment.RecommendedPackage")]
[Description("One-time card payments are applied for through the recommended package's one-time card item (신용카드 일반결제).")]
public sealed class CardPaymentRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When()
            .Match(() => need, n => n.Service == PaymentService.CardPayment);
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static RecommendationFact Decide() => RecommendationFact.ViaPackage(
        PaymentService.CardPayment,
        PackageItem.CardGeneral,
        RecommendedPackage.CardGeneralProviders,
        LocalizableText.FromResource(TextKeys.ReasonCardPaymentPackage, RecommendedPackage.CardGeneralProviders));
}
