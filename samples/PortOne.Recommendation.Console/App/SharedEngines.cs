using System;
using System.Threading;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>One engine per language, created on first use and shared: an engine compiles its rules once.</summary>
internal static class SharedEngines
{
    private static readonly Lazy<RecommendationEngine> Korean = Create(Language.Korean);
    private static readonly Lazy<RecommendationEngine> English = Create(Language.English);

    public static RecommendationEngine For(Language language) => (language == Language.English ? English : Korean).Value;

    private static Lazy<RecommendationEngine> Create(Language language) => new(
        () => RecommendationEngine.Create(options => options.Culture = Languages.Culture(language)),
        LazyThreadSafetyMode.ExecutionAndPublication);
}
