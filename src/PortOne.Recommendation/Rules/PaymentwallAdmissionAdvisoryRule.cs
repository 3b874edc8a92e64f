using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>States Paymentwall's admission criteria, wherever an overseas-card entry names it.</summary>
[Name("Advisory.PaymentwallAdmissionCriteria")]
[Description("Whenever an overseas card entry names Paymentwall, the answer notes its admission criteria: a minimum monthly sales volume and a monthly fee.")]
internal sealed class PaymentwallAdmissionAdvisoryRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;

        When()
            .Match(() => context)
            .Exists<RecommendationFact>(r =>
                r.Service == PaymentService.OverseasCardPayment && r.Providers.Contains(PaymentProvider.Paymentwall));
        Then()
            .Yield(ctx => SourcedAdvisory.Create(context, AdvisoryCode.PaymentwallAdmissionCriteria, PaymentService.OverseasCardPayment));
    }
}
