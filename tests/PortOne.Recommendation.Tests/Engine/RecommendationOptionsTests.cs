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
