using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Bank transfer and virtual account come with the package's one-time card item.</summary>
[Name("GeneralPayment.IncludedMethod.RecommendedPackage")]
[Description("Real-time bank transfer and virtual account are part of general payment, so each comes with the package's one-time card item.")]
public sealed class IncludedGeneralPaymentMethodRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        GeneralPaymentNeed need = null!;
        MerchantContextFact context = null!;

        When()
            .Match(() => need, n => n.Service == PaymentService.BankTransfer || n.Service == PaymentService.VirtualAccount)
            .Match(() => context);
        Then()
            .Do(ctx => ctx.Insert(Decide(need, context)));
    }

    private static RecommendationFact Decide(GeneralPaymentNeed need, MerchantContextFact context) => RecommendationFact.ViaPackage(
        need.Service,
        PackageItem.CardGeneral,
        context.PackageProviders(PackageItem.CardGeneral),
        LocalizableText.FromResource(TextKeys.ReasonGeneralPaymentIncludedMethodPackage, need.Service));
}
