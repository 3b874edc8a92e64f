using System;
using System.Threading;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>The one engine of the sample, created on first use and shared: it compiles its rules once and serves
/// every language and edition, chosen per call.</summary>
internal static class SharedEngines
{
    private static readonly Lazy<RecommendationEngine> Shared =
        new(() => RecommendationEngine.Create(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The edition the library uses when none is chosen.</summary>
    public static EditionChoice DefaultEdition { get; } = new RecommendationOptions().Edition;

    public static RecommendationEngine Engine => Shared.Value;

    /// <summary>The context of one call: the report's language and the chosen edition.</summary>
    public static RecommendationContext Context(Language language, EditionChoice edition) =>
        new() { Culture = Languages.Culture(language), Edition = edition };
}
