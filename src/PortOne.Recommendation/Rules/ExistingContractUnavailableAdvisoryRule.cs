using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the existing contracts that cannot serve the requested services on the chosen API version.</summary>
[Name("Advisory.ExistingContractUnavailableOnApiVersion")]
[Description("When the merchant names a PortOne API version, an existing contract that would serve a requested service on the other version but serves none on this one is named, since the contract plan cannot use it.")]
internal sealed class ExistingContractUnavailableAdvisoryRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;

        When()
            .Match(() => context, c => c.ApiVersion != null && c.HasExistingContracts && !Unavailable(c).IsEmpty);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(
                context,
                AdvisoryCode.ExistingContractUnavailableOnApiVersion,
                null,
                Unavailable(context).ToArray(),
                context.ApiVersion!.Value)));
    }

    /// <summary>Existing contracts that serve some requested need on either API version but none on the chosen one.</summary>
    internal static ProviderSet Unavailable(MerchantContextFact context)
    {
        var requirements = context.Requirements;
        var anyVersion = ProviderSet.Empty;
        var thisVersion = ProviderSet.Empty;
        foreach (var (service, brands) in RequestedServices(requirements, context))
        {
            var capability = ServiceCapabilities.Of(service, requirements);
            if (capability == ProviderCapability.DirectEasyPay)
            {
                foreach (var brand in brands)
                {
                    anyVersion = anyVersion.Union(context.Catalog.CandidateSet(capability, null, EasyPayBrandSet.Of(brand)));
                    thisVersion = thisVersion.Union(context.Catalog.CandidateSet(capability, context.ApiVersion, EasyPayBrandSet.Of(brand)));
                }

                continue;
            }

            anyVersion = anyVersion.Union(context.Catalog.CandidateSet(capability, null, brands));
            thisVersion = thisVersion.Union(context.Catalog.CandidateSet(capability, context.ApiVersion, brands));
        }

        return anyVersion.Except(thisVersion).Intersect(requirements.ExistingContracts);
    }

    private static System.Collections.Generic.IEnumerable<(PaymentService Service, EasyPayBrandSet Brands)> RequestedServices(
        RequirementsSnapshot r,
        MerchantContextFact context)
    {
        if (r.CardPayment)
        {
            yield return (PaymentService.CardPayment, default);
        }

        if (r.BankTransfer)
        {
            yield return (PaymentService.BankTransfer, default);
        }

        if (r.VirtualAccount)
        {
            yield return (PaymentService.VirtualAccount, default);
        }

        if (r.RecurringCard is not null)
        {
            yield return (PaymentService.RecurringCardPayment, default);
        }

        if (r.EasyPay is not null)
        {
            yield return (PaymentService.EasyPay, ServiceCapabilities.EasyPayBrands(r, context.View));
        }

        if (r.IdentityVerification is not null)
        {
            yield return (PaymentService.IdentityVerification, default);
        }

        if (r.MobileMicropaymentRecurring is { } recurring)
        {
            yield return (recurring ? PaymentService.MobileMicropaymentRecurring : PaymentService.MobileMicropayment, default);
        }

        if (r.OverseasCards)
        {
            yield return (PaymentService.OverseasCardPayment, default);
        }
    }
}
