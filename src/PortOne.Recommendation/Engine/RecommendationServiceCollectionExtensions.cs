using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>Registers the recommendation engine with <see cref="IServiceCollection"/>.</summary>
public static class RecommendationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRecommendationEngine"/> and <see cref="RecommendationEngine"/> as one thread-safe
    /// singleton, and <see cref="RecommendationOptions"/> as a singleton instance. Your rule classes are created from
    /// the container, so they may take (singleton) services in their constructors, and NRules' <c>Dependency()</c> in a
    /// rule resolves from it too.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options. Runs at once. When called more than once, every configure action
    /// applies to the same options, in call order, and nothing is registered twice.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The engine was already created, so its options can no longer change.</exception>
    public static IServiceCollection AddPortOneRecommendation(
        this IServiceCollection services,
        Action<RecommendationOptions>? configure = null)
    {
        Guard.NotNull(services);

        var options = services
            .Where(d => d.ServiceType == typeof(RecommendationOptions) && !d.IsKeyedService)
            .Select(d => d.ImplementationInstance)
            .OfType<RecommendationOptions>()
            .FirstOrDefault();
        if (options is null)
        {
            options = new RecommendationOptions();
            services.AddSingleton(options);
        }

        configure?.Invoke(options);

        services.TryAddSingleton(provider => new RecommendationEngine(provider.GetRequiredService<RecommendationOptions>(), provider));
        services.TryAddSingleton<IRecommendationEngine>(provider => provider.GetRequiredService<RecommendationEngine>());
        return services;
    }
}
