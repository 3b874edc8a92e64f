using System.Globalization;

namespace PortOne.Recommendation;

/// <summary>
/// The conditions of one call that are not the merchant's requirements: the language of the texts and the package
/// edition. Every member is optional; <see langword="null"/> means the engine's default from
/// <see cref="RecommendationOptions"/>. One compiled engine serves every language and edition.
/// </summary>
/// <example>
/// <code>
/// var english = engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") });
/// var latest = engine.Recommend(requirements, new RecommendationContext { Edition = EditionChoice.Latest });
/// var explained = engine.Recommend(requirements, new RecommendationContext { Explain = true });
/// </code>
/// </example>
public sealed record RecommendationContext
{
    /// <summary>Gets a context that keeps every default of the engine.</summary>
    public static RecommendationContext Default { get; } = new();

    /// <summary>Gets the culture to write texts in: English cultures get English, every other culture Korean. The
    /// language is read from the culture's name (see <see cref="RecommendationOptions.Culture"/> for
    /// globalization-invariant mode).</summary>
    /// <value>The default is <see langword="null"/>: the engine's culture (<see cref="RecommendationOptions.Culture"/>).</value>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets the edition of the recommended package for this call.</summary>
    /// <value>The default is <see langword="null"/>: the engine's edition (<see cref="RecommendationOptions.Edition"/>).</value>
    public EditionChoice? Edition { get; init; }

    /// <summary>Gets a value indicating whether the call explains its answer: why each provider is or is not named for
    /// each requested service (<see cref="RecommendationResult.Explanation"/>).</summary>
    /// <value>The default is <see langword="false"/>: no explanation, and no cost for it. The first call that explains
    /// compiles the explanation rules, once per engine.</value>
    public bool Explain { get; init; }

    /// <summary>Gets a value indicating whether the answer carries its onboarding plan: for each planned contract,
    /// PortOne's steps, waits, documents and reviews, and the site requirements for what the merchant sells
    /// (<see cref="RecommendationResult.Onboarding"/>).</summary>
    /// <value>The default is <see langword="false"/>: no onboarding plan, and no cost for it.</value>
    public bool IncludeOnboarding { get; init; }
}
