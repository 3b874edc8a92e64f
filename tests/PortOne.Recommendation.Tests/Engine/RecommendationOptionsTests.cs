using System;
using System.Globalization;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class RecommendationOptionsTests
{
    [Fact]
    public void Defaults_KoreanNoCallerRules_Writable()
    {
        var options = new RecommendationOptions();

        options.Culture.Name.Should().Be("ko-KR");
        options.RuleAssemblies.Should().BeEmpty();
        options.RuleTypes.Should().BeEmpty();
        options.IsReadOnly.Should().BeFalse();
        options.CacheResults.Should().BeTrue();
        options.ResultCacheSize.Should().Be(RecommendationOptions.DefaultResultCacheSize);
    }

    [Fact]
    public void CacheResults_OffOnceCallerRulesAreAdded_UnlessSetExplicitly()
    {
        var withRules = new RecommendationOptions().AddRules(typeof(CustomRules.PreferNicePaymentsForCardsRule));
        var explicitlyOn = new RecommendationOptions { CacheResults = true }.AddRules(typeof(CustomRules.PreferNicePaymentsForCardsRule));
        var explicitlyOff = new RecommendationOptions { CacheResults = false };

        withRules.CacheResults.Should().BeFalse();
        explicitlyOn.CacheResults.Should().BeTrue();
        explicitlyOff.CacheResults.Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(RecommendationOptions.MaxResultCacheSize + 1)]
    [InlineData(int.MaxValue)]
    public void ResultCacheSize_OutOfRange_Throws(int size)
    {
        var act = () => new RecommendationOptions().ResultCacheSize = size;

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*CacheResults*");
    }

    [Fact]
    public void CacheOptions_FixedOnceAnEngineExists()
    {
        var options = new RecommendationOptions();
        _ = new RecommendationEngine(options);

        options.Invoking(o => o.CacheResults = false).Should().Throw<InvalidOperationException>();
        options.Invoking(o => o.ResultCacheSize = 10).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Culture_Null_Throws()
    {
        var act = () => new RecommendationOptions().Culture = null!;

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void NewEngine_FixesItsOptions_AndKeepsItsCopy()
    {
        var options = new RecommendationOptions { Culture = CultureInfo.GetCultureInfo("en") };
        var engine = new RecommendationEngine(options);

        options.Invoking(o => o.Culture = CultureInfo.GetCultureInfo("ko")).Should().Throw<InvalidOperationException>()
            .WithMessage("*already exists*");
        engine.Culture.Name.Should().Be("en");
    }

    [Fact]
    public void Create_WithoutConfigure_UsesDefaults()
    {
        RecommendationEngine.Create().Culture.Name.Should().Be("ko-KR");
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        var act = () => new RecommendationEngine(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("options");
    }
}
