namespace PortOne.Recommendation;

/// <summary>Runs one merchant's requirements twice and compares the answers: between two editions, two API versions,
/// or two requirement sets.</summary>
public static class RecommendationEngineExtensions
{
    /// <summary>Compares the answers of two package editions for the same requirements.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="requirements">What the merchant needs.</param>
    /// <param name="before">The edition to compare from (for example the one the merchant applied under).</param>
    /// <param name="after">The edition to compare to (for example <see cref="EditionChoice.Latest"/>).</param>
    /// <param name="context">The language and whether to explain; its edition is replaced. <see langword="null"/>
    /// keeps the engine's defaults.</param>
    /// <returns>What changes.</returns>
    /// <exception cref="System.ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="RequirementsValidationException"><paramref name="requirements"/> holds invalid values.</exception>
    public static RecommendationComparison CompareEditions(
        this IRecommendationEngine engine,
        MerchantRequirements requirements,
        EditionChoice before,
        EditionChoice after,
        RecommendationContext? context = null)
    {
        Internal.Guard.NotNull(engine);
        Internal.Guard.NotNull(before);
        Internal.Guard.NotNull(after);
        var call = context ?? RecommendationContext.Default;
        return RecommendationComparer.Compare(
            engine.Recommend(requirements, call with { Edition = before }),
            engine.Recommend(requirements, call with { Edition = after }));
    }

    /// <summary>Compares the answers for two PortOne API versions, the rest of the requirements unchanged.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="requirements">What the merchant needs; its API version is replaced.</param>
    /// <param name="before">The API version to compare from; <see langword="null"/> for either.</param>
    /// <param name="after">The API version to compare to; <see langword="null"/> for either.</param>
    /// <param name="context">The language, edition and whether to explain; <see langword="null"/> keeps the engine's
    /// defaults.</param>
    /// <returns>What changes.</returns>
    /// <exception cref="System.ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="RequirementsValidationException"><paramref name="requirements"/> holds invalid values.</exception>
    public static RecommendationComparison CompareApiVersions(
        this IRecommendationEngine engine,
        MerchantRequirements requirements,
        PortOneApiVersion? before,
        PortOneApiVersion? after,
        RecommendationContext? context = null)
    {
        Internal.Guard.NotNull(engine);
        Internal.Guard.NotNull(requirements);
        return engine.CompareRequirements(requirements with { ApiVersion = before }, requirements with { ApiVersion = after }, context);
    }

    /// <summary>Compares the answers for two requirement sets.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="before">The requirements to compare from.</param>
    /// <param name="after">The requirements to compare to.</param>
    /// <param name="context">The language, edition and whether to explain; <see langword="null"/> keeps the engine's
    /// defaults.</param>
    /// <returns>What changes.</returns>
    /// <exception cref="System.ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="RequirementsValidationException">A requirement set holds invalid values.</exception>
    public static RecommendationComparison CompareRequirements(
        this IRecommendationEngine engine,
        MerchantRequirements before,
        MerchantRequirements after,
        RecommendationContext? context = null)
    {
        Internal.Guard.NotNull(engine);
        var call = context ?? RecommendationContext.Default;
        return RecommendationComparer.Compare(engine.Recommend(before, call), engine.Recommend(after, call));
    }
}
