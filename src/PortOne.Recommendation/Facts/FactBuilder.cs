using System.Collections.Generic;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Facts;

/// <summary>Turns a requirements snapshot into the needs and the context of a call, in one pass: one need per
/// requested service, in <see cref="PaymentService"/> order. It decides nothing.</summary>
internal static class FactBuilder
{
    /// <summary>Fills <paramref name="needs"/> with the call's needs and returns its context.</summary>
    public static MerchantContextFact Build(
        List<RequirementFact> needs,
        RequirementsSnapshot requirements,
        IReadOnlyList<PaymentProvider> existingContracts,
        EditionView view,
        ProviderCatalog catalog)
    {
        needs.Clear();
        var context = new MerchantContextFact(requirements, existingContracts, view, catalog);
        if (requirements.CardPayment)
        {
            needs.Add(new GeneralPaymentNeed(PaymentService.CardPayment) { Context = context });
        }

        if (requirements.BankTransfer)
        {
            needs.Add(new GeneralPaymentNeed(PaymentService.BankTransfer) { Context = context });
        }

        if (requirements.VirtualAccount)
        {
            needs.Add(new GeneralPaymentNeed(PaymentService.VirtualAccount) { Context = context });
        }

        if (requirements.RecurringCard is { } issuance)
        {
            needs.Add(new RecurringCardNeed(issuance) { Context = context });
        }

        if (requirements.EasyPay is { } integration)
        {
            needs.Add(new EasyPayNeed(integration, requirements.EasyPayBrands) { Context = context });
        }

        if (requirements.IdentityVerification is { } purpose)
        {
            needs.Add(new IdentityVerificationNeed(purpose) { Context = context });
        }

        if (requirements.MobileMicropaymentRecurring is { } recurring)
        {
            needs.Add(new MobileMicropaymentNeed(recurring) { Context = context });
        }

        if (requirements.OverseasCards)
        {
            needs.Add(new OverseasCardNeed { Recurring = requirements.RecurringOverseasCards, Context = context });
        }

        return context;
    }

    /// <summary>The explanation request of a call that explains: the requested services, in order.</summary>
    public static ExplanationRequestFact ExplanationRequest(IReadOnlyList<RequirementFact> needs, MerchantContextFact context, ReasonMemo memo)
    {
        var services = new List<PaymentService>(needs.Count);
        foreach (var need in needs)
        {
            services.Add(NeedServices.ServiceOf(need));
        }

        services.Sort();
        return new ExplanationRequestFact(context, services.AsReadOnly(), memo);
    }

    /// <summary>The facts a caller's rules see, of the kinds they can match: one fact per need, the context, and the
    /// explanation request when the call explains.</summary>
    public static void AddCallerFacts(List<object> facts, CallFact call, bool needs, bool context, bool explanationRequest)
    {
        if (needs)
        {
            foreach (var need in call.Needs)
            {
                facts.Add(need);
            }
        }

        if (context)
        {
            facts.Add(call.Context);
        }

        if (explanationRequest && call.Explanation is { } request)
        {
            facts.Add(request);
        }
    }
}
