using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Bank transfer and virtual account come with the package's one-time card item.</summary>
[Name("GeneralPayment.IncludedMethod.RecommendedPackage")]
[Description("Real-time bank transfer and virtual account are part of general payment, so each comes with the package's one-time card item.")]
internal sealed class IncludedGeneralPaymentMethodRule : Rule
{
    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When()
            .Match(() => need, n => n.Service == PaymentService.BankTransfer || n.Service == PaymentService.VirtualAccount);
        Then()
            .Do(ctx => ctx.Insert(Decide(need)));
    }

    private static RecommendationFact Decide(GeneralPaymentNeed need) => PackageItemRoute.Decide(
        need.Context,
        need.Service,
        PackageItem.CardGeneral,
        need.Service == PaymentService.BankTransfer ? ProviderCapability.BankTransfer : ProviderCapability.VirtualAccount,
        LocalizableText.FromResource(TextKeys.ReasonGeneralPaymentIncludedMethodPackage, need.Service));
}
