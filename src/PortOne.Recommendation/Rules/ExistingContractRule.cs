using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Rules;

/// <summary>A contract the merchant already has that can serve a requested service is a way to apply for it.</summary>
[Name("ExistingContract.AddService")]
[Description("For each requested service that a provider the merchant already has a contract with offers on the merchant's API version (for easy pay: carries the brands), an entry says to add the service to that existing contract.")]
internal sealed class ExistingContractRule : Rule
{
    public override void Define()
    {
        RequirementFact need = null!;

        When()
            .Match(() => need, n => n.Context != null && n.Context.HasExistingContracts && !ExistingProviders(n).IsEmpty);
        Then()
            .Do(ctx => ctx.Insert(Decide(need)));
    }

    /// <summary>The existing contracts that can serve a need on the call's API version.</summary>
    internal static ProviderSet ExistingProviders(RequirementFact need)
    {
        var context = need.Context;
        var existing = context.Requirements.ExistingContracts;
        var service = ServiceOf(need);
        var capability = ServiceCapabilities.Of(service, context.Requirements);
        if (capability == ProviderCapability.DirectEasyPay)
        {
            var serving = ProviderSet.Empty;
            foreach (var brand in ServiceCapabilities.EasyPayBrands(context.Requirements, context.View))
            {
                serving = serving.Union(context.Catalog.CandidateSet(capability, context.ApiVersion, EasyPayBrandSet.Of(brand)));
            }

            return serving.Intersect(existing);
        }

        var brands = capability == ProviderCapability.HubEasyPay ? context.Requirements.EasyPayBrands : default;
        return context.Catalog.CandidateSet(capability, context.ApiVersion, brands).Intersect(existing);
    }

    /// <summary>The service a need asks for.</summary>
    internal static PaymentService ServiceOf(RequirementFact need) => need switch
    {
        GeneralPaymentNeed general => general.Service,
        RecurringCardNeed => PaymentService.RecurringCardPayment,
        EasyPayNeed => PaymentService.EasyPay,
        IdentityVerificationNeed => PaymentService.IdentityVerification,
        MobileMicropaymentNeed { Recurring: true } => PaymentService.MobileMicropaymentRecurring,
        MobileMicropaymentNeed => PaymentService.MobileMicropayment,
        _ => PaymentService.OverseasCardPayment,
    };

    private static RecommendationFact Decide(RequirementFact need)
    {
        var service = ServiceOf(need);
        var providers = ExistingProviders(need).ToArray();
        return RecommendationFact.ViaExistingContract(
            service,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonExistingContract, providers, service));
    }
}
