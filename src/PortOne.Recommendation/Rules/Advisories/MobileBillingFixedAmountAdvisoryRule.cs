using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that phone billing keys charge the same amount every month.</summary>
[Name("Advisory.MobileBillingFixedAmount")]
[Description("When recurring mobile micropayment (휴대폰 소액결제 정기결제) is requested, the answer notes that a phone billing key can be charged only the same amount every month.")]
internal sealed class MobileBillingFixedAmountAdvisoryRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.MobileMicropaymentRecurring == true);
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.MobileBillingFixedAmount, PaymentService.MobileMicropaymentRecurring)));
    }
}
