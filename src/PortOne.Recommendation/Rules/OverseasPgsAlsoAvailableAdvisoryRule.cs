using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the overseas PGs beside the domestic-PG answer for one-time overseas cards.</summary>
[Name("Advisory.OverseasPgsAlsoAvailable")]
[Description("When a business registered in Korea asks for one-time payments with cards issued abroad, the answer stays with domestic PGs and their overseas-card addendum, and an advisory names the overseas PGs (해외결제 결제대행사) the catalog knows on the merchant's API version, which take those cards and local payment methods too.")]
internal sealed class OverseasPgsAlsoAvailableAdvisoryRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When()
            .Match(() => need, n => !n.Recurring && !n.Context.BusinessRegisteredAbroad && OverseasPgs(n.Context).Count > 0);
        Then()
            .Yield(ctx => SourcedAdvisory.Create(need.Context, AdvisoryCode.OverseasPgsAlsoAvailable, PaymentService.OverseasCardPayment, OverseasPgs(need.Context)));
    }

    /// <summary>The overseas PGs that take cards issued abroad on the call's API version.</summary>
    private static ValueList<PaymentProvider> OverseasPgs(MerchantContextFact context) => context.Candidates(ProviderCapability.OverseasPgCards);
}
