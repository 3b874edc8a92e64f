namespace PortOne.Recommendation;

/// <summary>Answers which PG to apply for through PortOne, how to apply, and what to watch out for.</summary>
/// <remarks>Implementations are thread-safe: one instance serves any number of threads at once, in any language and
/// edition.</remarks>
public interface IRecommendationEngine
{
    /// <summary>Recommends how to get every requested service, in the engine's language and edition.</summary>
    /// <param name="requirements">What the merchant needs.</param>
    /// <returns>The entries, advisories, partner benefits and contract plan, in a deterministic order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="requirements"/> is <see langword="null"/>.</exception>
    /// <exception cref="RequirementsValidationException"><paramref name="requirements"/> holds invalid values; the
    /// exception lists them.</exception>
    /// <exception cref="RecommendationRuleException">A rule failed to compile or to run; the exception names the rule.</exception>
    RecommendationResult Recommend(MerchantRequirements requirements);

    /// <summary>Recommends how to get every requested service, in the language and edition of
    /// <paramref name="context"/> (the engine's defaults where it leaves them <see langword="null"/>).</summary>
    /// <param name="requirements">What the merchant needs.</param>
    /// <param name="context">The language and edition of this call.</param>
    /// <returns>The entries, advisories, partner benefits and contract plan, in a deterministic order.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RequirementsValidationException"><paramref name="requirements"/> holds invalid values; the
    /// exception lists them, in the call's language.</exception>
    /// <exception cref="RecommendationRuleException">A rule failed to compile or to run; the exception names the rule.</exception>
    RecommendationResult Recommend(MerchantRequirements requirements, RecommendationContext context);
}
