using System.Globalization;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>Engines shared by the tests: compiling the rules once per language keeps the suite fast.</summary>
internal static class Engines
{
    public static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static RecommendationEngine Ko { get; } = RecommendationEngine.Create();

    public static RecommendationEngine En { get; } = RecommendationEngine.Create(o => o.Culture = English);

    /// <summary>An engine with the result cache off: every call runs the rules, so checks that compare two calls (brand
    /// order, cached against uncached) compare two rule runs, never a stored instance with itself.</summary>
    public static RecommendationEngine Uncached { get; } = RecommendationEngine.Create(o => o.CacheResults = false);

    public static RecommendationEngine For(string language) => language == "en" ? En : Ko;

    /// <summary>The uncached engine's answer in a language.</summary>
    public static RecommendationResult RecommendUncached(MerchantRequirements requirements, string language) =>
        Uncached.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo(language) });
}
