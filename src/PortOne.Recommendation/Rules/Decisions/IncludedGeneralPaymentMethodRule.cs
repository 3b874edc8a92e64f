using NRules.Fluent.Dsl;
using NRules.RuleModel;
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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.BankTransfer || c.Requirements.VirtualAccount);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    /// <summary>One entry for each of the two methods that was requested.</summary>
    private static void Decide(IContext ctx, CallFact call)
    {
        if (call.Requirements.BankTransfer)
        {
            call.Emit(ctx, Decide(call.Context, PaymentService.BankTransfer, ProviderCapability.BankTransfer));
        }

        if (call.Requirements.VirtualAccount)
        {
            call.Emit(ctx, Decide(call.Context, PaymentService.VirtualAccount, ProviderCapability.VirtualAccount));
        }
    }

    private static RecommendationFact Decide(MerchantContextFact context, PaymentService service, ProviderCapability capability) =>
        PackageItemRoute.Decide(
            context,
            service,
            PackageItem.CardGeneral,
            capability,
            LocalizableText.FromResource(TextKeys.ReasonGeneralPaymentIncludedMethodPackage, service));
}
