using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PortOne.Recommendation.Tests.Engine;

/// <summary>Options come from configuration inside the configure action, the culture and the edition by name.</summary>
public sealed class ConfigurationBindingTests
{
    [Fact]
    public void AppSettingsSection_BindsEveryOption_AndTheEngineUsesThem()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PortOneRecommendation:Culture"] = "en-US",
                ["PortOneRecommendation:Edition"] = "latest",
                ["PortOneRecommendation:CacheResults"] = "false",
                ["PortOneRecommendation:ResultCacheSize"] = "64",
                ["PortOneRecommendation:MaxRuleFiringsPerCall"] = "500",
                ["PortOneRecommendation:WarmUpOnCreate"] = "true",
            })
            .Build();
        var services = new ServiceCollection();

        services.AddPortOneRecommendation(options => configuration.GetSection("PortOneRecommendation").Bind(options));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<RecommendationOptions>();
        var engine = provider.GetRequiredService<IRecommendationEngine>();

        options.Culture.Name.Should().Be("en-US");
        options.Edition.Should().Be(EditionChoice.Latest);
        options.CacheResults.Should().BeFalse();
        options.ResultCacheSize.Should().Be(64);
        options.MaxRuleFiringsPerCall.Should().Be(500);
        options.WarmUpOnCreate.Should().BeTrue();
        var result = engine.Recommend(new MerchantRequirements { CardPayment = true });
        result.Edition.Should().Be(PackageEdition.April2026);
        result.Recommendations.Should().ContainSingle().Which.Steps[0].Should().Be("‘추천패키지’ (Recommended package)");
    }

    [Fact]
    public void EditionByItsName_InAnyLetterCase_Binds()
    {
        var byName = new RecommendationOptions();
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Edition"] = "October2025" })
            .Build().Bind(byName);

        var lowerCase = new RecommendationOptions();
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Edition"] = "december2025" })
            .Build().Bind(lowerCase);

        byName.Edition.Edition.Should().Be(PackageEdition.October2025);
        lowerCase.Edition.Edition.Should().Be(PackageEdition.December2025);
    }
}
