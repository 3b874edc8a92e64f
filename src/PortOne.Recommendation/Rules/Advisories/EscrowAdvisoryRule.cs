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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.BankTransfer || c.Requirements.VirtualAccount);
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.EscrowForCashPayments, null)));
    }
}
