using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>Turns requirements into the needs a contract plan must cover (<see cref="PlanNeedFact"/>).</summary>
internal static class PlanNeeds
{
    private static readonly PlanNeedFact CardPayment = new(PaymentService.CardPayment, ProviderCapability.CardPayment, default);
    private static readonly PlanNeedFact BankTransfer = new(PaymentService.BankTransfer, ProviderCapability.BankTransfer, default);
    private static readonly PlanNeedFact VirtualAccount = new(PaymentService.VirtualAccount, ProviderCapability.VirtualAccount, default);
    private static readonly PlanNeedFact RecurringApi = new(PaymentService.RecurringCardPayment, ProviderCapability.RecurringCardApi, default);
    private static readonly PlanNeedFact RecurringWindow =
        new(PaymentService.RecurringCardPayment, ProviderCapability.RecurringCardPaymentWindow, default);
    private static readonly PlanNeedFact IdentityVerification =
        new(PaymentService.IdentityVerification, ProviderCapability.IdentityVerification, default);
    private static readonly PlanNeedFact MobileMicropayment =
        new(PaymentService.MobileMicropayment, ProviderCapability.MobileMicropayment, default);
    private static readonly PlanNeedFact RecurringMobileMicropayment =
        new(PaymentService.MobileMicropaymentRecurring, ProviderCapability.RecurringMobileMicropayment, default);
    private static readonly PlanNeedFact OverseasCards = new(PaymentService.OverseasCardPayment, ProviderCapability.OverseasCards, default);

    /// <summary>Adds the needs of <paramref name="requirements"/> to <paramref name="needs"/>.</summary>
    /// <param name="requirements">Validated requirements.</param>
    /// <param name="packageEasyPayBrands">The package's easy-pay brands, which direct easy pay without a brand
    /// preference stands for.</param>
    /// <param name="needs">The list to add to.</param>
    public static void Add(MerchantRequirements requirements, EasyPayBrandSet packageEasyPayBrands, List<object> needs)
    {
        if (requirements.CardPayment)
        {
            needs.Add(CardPayment);
        }

        if (requirements.BankTransfer)
        {
            needs.Add(BankTransfer);
        }

        if (requirements.VirtualAccount)
        {
            needs.Add(VirtualAccount);
        }

        if (requirements.RecurringCard is { } recurring)
        {
            needs.Add(recurring.Issuance == BillingKeyIssuance.Api ? RecurringApi : RecurringWindow);
        }

        if (requirements.EasyPay is { } easyPay)
        {
            var brands = EasyPayBrandSet.Of(easyPay.Brands);
            if (easyPay.Integration == EasyPayIntegration.Hub)
            {
                needs.Add(new PlanNeedFact(PaymentService.EasyPay, ProviderCapability.HubEasyPay, brands));
            }
            else
            {
                foreach (var brand in brands.IsEmpty ? packageEasyPayBrands : brands)
                {
                    needs.Add(new PlanNeedFact(PaymentService.EasyPay, ProviderCapability.DirectEasyPay, EasyPayBrandSet.Of(brand)));
                }
            }
        }

        if (requirements.IdentityVerification is not null)
        {
            needs.Add(IdentityVerification);
        }

        if (requirements.MobileMicropayment is { } mobile)
        {
            needs.Add(mobile.Recurring ? RecurringMobileMicropayment : MobileMicropayment);
        }

        if (requirements.OverseasCards)
        {
            needs.Add(OverseasCards);
        }
    }
}
