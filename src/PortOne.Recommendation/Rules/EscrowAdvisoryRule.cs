using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Points out the escrow duty for cash-type payments of deliverable goods.</summary>
[Name("Advisory.EscrowForCashPayments")]
[Description("When bank transfer or virtual account is requested, the answer notes once that selling deliverable goods through them carries an escrow duty.")]
internal sealed class EscrowAdvisoryRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;

        When()
            .Match(() => context)
            .Exists<GeneralPaymentNeed>(n => n.Service == PaymentService.BankTransfer || n.Service == PaymentService.VirtualAccount);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(context, AdvisoryCode.EscrowForCashPayments, null)));
    }
}
