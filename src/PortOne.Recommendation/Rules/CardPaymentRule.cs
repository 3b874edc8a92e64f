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
        MerchantContextFact context = null!;

        When()
            .Match(() => need, n => n.Service == PaymentService.CardPayment)
            .Match(() => context);
        Then()
            .Do(ctx => ctx.Insert(Decide(context)));
    }

    private static RecommendationFact Decide(MerchantContextFact context)
    {
        var providers = context.PackageProviders(PackageItem.CardGeneral);
        return RecommendationFact.ViaPackage(
            PaymentService.CardPayment,
            PackageItem.CardGeneral,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonCardPaymentPackage, providers));
    }
}
