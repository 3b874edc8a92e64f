using System;
using System.Globalization;

namespace PortOne.Recommendation.CustomRules.Tests.Support;

/// <summary>The real engine, with the built-in rules and only the rules a test names.</summary>
internal static class Ask
{
    /// <summary>An engine with the built-in rules only, to compare with: the answer before our rules.</summary>
    public static RecommendationEngine BuiltInOnly { get; } = RecommendationEngine.Create();

    /// <summary>Creates an engine with the built-in rules and <paramref name="rules"/>, compiled at once (so a broken
    /// rule fails here, not in the middle of a test).</summary>
    public static RecommendationEngine EngineWith(params Type[] rules)
    {
        var engine = RecommendationEngine.Create(options => options.AddRules(rules));
        engine.WarmUp();
        return engine;
    }

    /// <summary>Asks an engine in a language ("ko" or "en").</summary>
    public static RecommendationResult In(this IRecommendationEngine engine, string language, MerchantRequirements requirements) =>
        engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo(language) });
}
