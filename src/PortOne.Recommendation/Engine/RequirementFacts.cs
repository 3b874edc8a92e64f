using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>Turns requirements into facts: one fact per requested need, in a fixed order, then the call's context
/// (<see cref="MerchantContextFact"/>) and the needs a contract plan must cover. It decides nothing.</summary>
internal static class RequirementFacts
{
    private static readonly GeneralPaymentNeed CardPayment = new(PaymentService.CardPayment);
    private static readonly GeneralPaymentNeed BankTransfer = new(PaymentService.BankTransfer);
    private static readonly GeneralPaymentNeed VirtualAccount = new(PaymentService.VirtualAccount);
    private static readonly OverseasCardNeed OverseasCards = new();

    /// <summary>Adds the facts of the requirements to a list: the needs, the call's context and the plan's needs.</summary>
    public static void AddTo(List<object> facts, MerchantRequirements requirements, CatalogEdition edition)
    {
        if (requirements.CardPayment)
        {
            facts.Add(CardPayment);
        }

        if (requirements.BankTransfer)
        {
            facts.Add(BankTransfer);
        }

        if (requirements.VirtualAccount)
        {
            facts.Add(VirtualAccount);
        }

        if (requirements.RecurringCard is { } recurring)
        {
            facts.Add(new RecurringCardNeed(recurring.Issuance));
        }

        if (requirements.EasyPay is { } easyPay)
        {
            facts.Add(new EasyPayNeed(easyPay.Integration, EasyPayBrandSet.Of(easyPay.Brands)));
        }

        if (requirements.IdentityVerification is { } identity)
        {
            facts.Add(new IdentityVerificationNeed(identity.Purpose));
        }

        if (requirements.MobileMicropayment is { } mobile)
        {
            facts.Add(new MobileMicropaymentNeed(mobile.Recurring));
        }

        if (requirements.OverseasCards)
        {
            facts.Add(OverseasCards);
        }

        var context = new MerchantContextFact(requirements.ApiVersion, requirements.ExistingContracts, edition);
        facts.Add(context);
        PlanNeeds.Add(requirements, context.PackageEasyPayBrands, facts);
    }
}
