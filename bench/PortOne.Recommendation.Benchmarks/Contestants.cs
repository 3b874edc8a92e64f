using System.Globalization;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>Creates the contestants, all writing in the same language (Korean, the engine's default).</summary>
internal static class Contestants
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ko-KR");

    public const TextLanguage Language = TextLanguage.Korean;

    /// <summary>The engine with its result cache on (the default) or off.</summary>
    public static RecommendationEngine Engine(bool cacheResults)
    {
        var engine = RecommendationEngine.Create(options =>
        {
            options.Culture = Culture;
            options.CacheResults = cacheResults;
        });
        engine.WarmUp();
        return engine;
    }

    /// <summary>The engine with its result cache off and the CustomRules sample's three rules registered.</summary>
    public static RecommendationEngine EngineWithCallerRules()
    {
        var engine = RecommendationEngine.Create(options =>
        {
            options.Culture = Culture;
            options.CacheResults = false;
            options.AddRules(typeof(CustomRules.Rules.PreferNicePaymentsForCardsRule).Assembly);
        });
        engine.WarmUp();
        return engine;
    }

    public static Floor Floor() => new(Language);

    public static RulesEngineContestant RulesEngine() => new(Language);
}
