using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Points out the escrow duty for cash-type payments of deliverable goods.</summary>
[Name("Advisory.EscrowForCashPayments")]
[Description("When bank transfer or virtual account is requested, the answer notes once that selling deliverable goods through them carries an escrow duty.")]
public sealed class EscrowAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        When()
            .Exists<PlanNeedFact>(n => n.Service == PaymentService.BankTransfer || n.Service == PaymentService.VirtualAccount);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(AdvisoryCode.EscrowForCashPayments, null)));
    }
}
