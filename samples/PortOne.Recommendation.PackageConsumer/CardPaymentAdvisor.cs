using System.Collections.Generic;
using System.Linq;

namespace PortOne.Recommendation.PackageConsumer;

/// <summary>The service: tells a merchant that takes one-time card payments which PG to apply for, and how.</summary>
/// <param name="engine">The engine that <c>AddPortOneRecommendation</c> registers.</param>
/// <param name="options">Its options, for the language to write display names in.</param>
internal sealed class CardPaymentAdvisor(IRecommendationEngine engine, RecommendationOptions options)
{
    /// <summary>Returns the card payment recommendation as three lines: service and providers, console steps,
    /// reason.</summary>
    public IReadOnlyList<string> Describe()
    {
        var result = engine.Recommend(new MerchantRequirements { CardPayment = true });
        var card = result.Recommendations.First(r => r.Service == PaymentService.CardPayment);
        var providers = card.Providers.Select(p => DisplayNames.Of(p, options.Culture));

        return
        [
            $"{DisplayNames.Of(card.Service, options.Culture)}: {string.Join(", ", providers)}",
            string.Join(" > ", card.Steps),
            card.Reason,
        ];
    }
}
