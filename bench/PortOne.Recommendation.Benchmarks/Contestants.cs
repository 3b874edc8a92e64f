using System.Globalization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>Creates the contestants, all writing in the same culture.</summary>
public static class Contestants
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ko-KR");

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

    public static Floor Floor() => new(Culture);

    public static RulesEngineContestant RulesEngine() => new(Culture);
}
