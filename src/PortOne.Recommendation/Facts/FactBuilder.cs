using System.Collections.Generic;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Facts;

/// <summary>Turns a requirements snapshot into the facts of a call, in one pass: one fact per requested need, then the
/// call's context (and, when the call explains, the explanation request and one fact per provider). It decides nothing.</summary>
internal static class FactBuilder
{
    /// <summary>Adds the facts of a call to <paramref name="facts"/> and returns its context fact.</summary>
    public static MerchantContextFact AddTo(
        List<object> facts,
        RequirementsSnapshot requirements,
        IReadOnlyList<PaymentProvider> existingContracts,
        EditionView view,
        ProviderCatalog catalog,
        bool explain = false)
    {
        var context = new MerchantContextFact(requirements, existingContracts, view, catalog);
        if (requirements.CardPayment)
        {
            facts.Add(new GeneralPaymentNeed(PaymentService.CardPayment) { Context = context });
        }

        if (requirements.BankTransfer)
        {
            facts.Add(new GeneralPaymentNeed(PaymentService.BankTransfer) { Context = context });
        }

        if (requirements.VirtualAccount)
        {
            facts.Add(new GeneralPaymentNeed(PaymentService.VirtualAccount) { Context = context });
        }

        if (requirements.RecurringCard is { } issuance)
        {
            facts.Add(new RecurringCardNeed(issuance) { Context = context });
        }

        if (requirements.EasyPay is { } integration)
        {
            facts.Add(new EasyPayNeed(integration, requirements.EasyPayBrands) { Context = context });
        }

        if (requirements.IdentityVerification is { } purpose)
        {
            facts.Add(new IdentityVerificationNeed(purpose) { Context = context });
        }

        if (requirements.MobileMicropaymentRecurring is { } recurring)
        {
            facts.Add(new MobileMicropaymentNeed(recurring) { Context = context });
        }

        if (requirements.OverseasCards)
        {
            facts.Add(new OverseasCardNeed { Recurring = requirements.RecurringOverseasCards, Context = context });
        }

        if (explain)
        {
            var services = new List<PaymentService>(facts.Count);
            foreach (var fact in facts)
            {
                if (fact is RequirementFact need)
                {
                    services.Add(Rules.NeedCoverage.ServiceOf(need));
                }
            }

            services.Sort();
            facts.Add(new ExplanationRequestFact(context, services.AsReadOnly()));
            foreach (var provider in Internal.EnumValues<PaymentProvider>.All)
            {
                facts.Add(new ProviderFact(provider));
            }
        }

        facts.Add(context);
        return context;
    }
}
