using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that billing keys stay with the PG that issued them.</summary>
[Name("Advisory.BillingKeyTiedToIssuingPg")]
[Description("Whenever recurring payments are requested (cards, cards issued abroad or mobile micropayments), the answer notes once that a billing key works only with the PG and MID that issued it.")]
internal sealed class BillingKeyAdvisoryRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c =>
                c.Requirements.RecurringCard != null
                || c.Requirements.MobileMicropaymentRecurring == true
                || (c.Requirements.OverseasCards && c.Requirements.RecurringOverseasCards));
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.BillingKeyTiedToIssuingPg, null)));
    }
}
