using System.Globalization;

namespace PortOne.Recommendation;

/// <summary>
/// The conditions of one call that are not the merchant's requirements: the language of the texts and the package
/// edition. Every member is optional; <see langword="null"/> means the engine's default from
/// <see cref="RecommendationOptions"/>. One compiled engine serves every language and edition.
/// </summary>
/// <example>
/// <code>
/// var english = engine.Recommend(requirements, new RecommendationContext { CultureName = "en" });
/// var latest = engine.Recommend(requirements, new RecommendationContext { Edition = EditionChoice.Latest });
/// var explained = engine.Recommend(requirements, new RecommendationContext { Explain = true });
/// </code>
/// </example>
public sealed record RecommendationContext
{
    /// <summary>Gets a context that keeps every default of the engine.</summary>
    public static RecommendationContext Default { get; } = new();

    /// <summary>Gets the culture to write texts in: English cultures get English, every other culture Korean.</summary>
    /// <value>The default is <see langword="null"/>: the engine's culture, or <see cref="CultureName"/> when set. Set
    /// at most one of the two.</value>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets the name of the culture to write texts in, for example <c>en</c>, <c>en-US</c> or <c>ko-KR</c>.
    /// Use it where a name is at hand (an <c>Accept-Language</c> header, configuration) or where cultures cannot be
    /// created (globalization-invariant mode): the language is read from the name alone.</summary>
    /// <value>The default is <see langword="null"/>: the engine's culture, or <see cref="Culture"/> when set. Set at
    /// most one of the two. The name must be well-formed (letters, digits and hyphens, such as <c>en-US</c>).</value>
    public string? CultureName { get; init; }

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
