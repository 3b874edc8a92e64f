using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that PayPal serves buyers abroad only, wherever an overseas-card entry names it.</summary>
[Name("Advisory.PayPalForeignBuyersOnly")]
[Description("Whenever an overseas card entry names PayPal, the answer notes that PayPal payments fail when seller and buyer are both in Korea, so a business registered in Korea can use it, recurring payments included, for buyers abroad only.")]
internal sealed class PayPalForeignBuyersAdvisoryRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;

        When()
            .Match(() => context)
            .Exists<RecommendationFact>(r =>
                r.Service == PaymentService.OverseasCardPayment && r.Providers.Contains(PaymentProvider.PayPal));
        Then()
            .Yield(ctx => SourcedAdvisory.Create(context, AdvisoryCode.PayPalForeignBuyersOnly, PaymentService.OverseasCardPayment));
    }
}
