using System;
using System.Collections.Concurrent;
using System.Threading;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>One engine per language and package edition, created on first use and shared: an engine compiles its
/// rules once.</summary>
internal static class SharedEngines
{
    private static readonly ConcurrentDictionary<(Language Language, PackageEdition Edition), Lazy<RecommendationEngine>> Engines = new();

    /// <summary>The edition the library uses when none is chosen.</summary>
    public static PackageEdition DefaultEdition { get; } = new RecommendationOptions().PackageEdition;

    public static RecommendationEngine For(Language language, PackageEdition edition) =>
        Engines.GetOrAdd((language, edition), Create).Value;

    private static Lazy<RecommendationEngine> Create((Language Language, PackageEdition Edition) key) => new(
        () => RecommendationEngine.Create(options =>
        {
            options.Culture = Languages.Culture(key.Language);
            options.PackageEdition = key.Edition;
        }),
        LazyThreadSafetyMode.ExecutionAndPublication);
}
