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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.OverseasCards != null && !c.OverseasCards.Recurring && !c.Context.BusinessRegisteredAbroad && OverseasPgs(c.Context).Count > 0);
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.OverseasPgsAlsoAvailable, PaymentService.OverseasCardPayment, OverseasPgs(call.Context))));
    }

    /// <summary>The overseas PGs that take cards issued abroad on the call's API version.</summary>
    private static ValueList<PaymentProvider> OverseasPgs(MerchantContextFact context) => context.Candidates(ProviderCapability.OverseasPgCards);
}
