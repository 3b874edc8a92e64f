namespace PortOne.Recommendation;

/// <summary>Answers which PG to apply for through PortOne, how to apply, and what to watch out for.</summary>
/// <remarks>Implementations are thread-safe: one instance serves any number of threads at once.</remarks>
public interface IRecommendationEngine
{
    /// <summary>Recommends how to get every requested service.</summary>
    /// <param name="requirements">What the merchant needs.</param>
    /// <returns>The recommendations, advisories and partner benefits, in a deterministic order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="requirements"/> is <see langword="null"/>.</exception>
    /// <exception cref="RequirementsValidationException"><paramref name="requirements"/> holds invalid values; the
    /// exception lists every one of them.</exception>
    /// <exception cref="RecommendationRuleException">A rule failed to compile or to run; the exception names the rule.</exception>
    RecommendationResult Recommend(MerchantRequirements requirements);
}
