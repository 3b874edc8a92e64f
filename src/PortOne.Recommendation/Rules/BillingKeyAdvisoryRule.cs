using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that billing keys stay with the PG that issued them.</summary>
[Name("Advisory.BillingKeyTiedToIssuingPg")]
[Description("Whenever recurring payments are requested (cards or mobile micropayments), the answer notes once that a billing key works only with the PG and MID that issued it.")]
public sealed class BillingKeyAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        When()
            .Exists<PlanNeedFact>(n =>
                n.Service == PaymentService.RecurringCardPayment || n.Service == PaymentService.MobileMicropaymentRecurring);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(AdvisoryCode.BillingKeyTiedToIssuingPg, null)));
    }
}
