using PortOne.Recommendation.ConsoleSample.Scenarios;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.App;

/// <summary><c>--edition</c> picks the recommended package's edition in any mode; it wins over a scenario's own.</summary>
public sealed class EditionOptionTests
{
    [Theory]
    [InlineData("november2025")]
    [InlineData("November2025")]
    [InlineData("NOVEMBER2025")]
    public void Edition_IsMatchedInAnyLetterCase(string name)
    {
        var run = InProcess.Run("--scenario", "exporter", "--edition", name, "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("- Based on: the November 2025 package,")
            .And.Contain("| One-time card payment | KG Inicis, Korea Payment Networks (KPN) | ‘추천패키지’ (Recommended package) > ‘신용카드 일반결제’ (One-time card) |");
    }

    [Fact]
    public void ScenarioWithAnEdition_RunsOnIt_UnlessEditionIsGiven()
    {
        ScenarioCatalog.Find("shop-on-v1").Edition.Should().Be(PackageEdition.November2025);

        var own = InProcess.Run("--scenario", "shop-on-v1", "--lang", "en", "--format", "markdown");
        var overridden = InProcess.Run("--scenario", "shop-on-v1", "--lang", "en", "--format", "markdown", "--edition", "may2025");

        own.Output.Should().Contain("Based on: the November 2025 package,")
            .And.Contain("PortOne's documentation does not show Korea Payment Networks (KPN), which is in the package, offering the requested items on PortOne V1");
        overridden.Output.Should().Contain("Based on: the May 2025 package,")
            .And.NotContain("which is in the package, offering the requested items");
    }

    [Fact]
    public void Edition_AppliesToJsonInput()
    {
        var json = "{ \"cardPayment\": true }";

        var may = InProcess.Run(["--input", "-", "--format", "json"], json);
        var latest = InProcess.Run(["--input", "-", "--format", "json", "--edition", "latest"], json);

        may.Output.Should().Contain("\"kgInicis\",\n        \"nicePayments\"");
        latest.Output.Should().Contain("\"kpn\",\n        \"galaxiaMoneyTree\"");
    }

    [Fact]
    public void Edition_AppliesToTheQuestionnaire()
    {
        var run = InProcess.Run(["--interactive", "--lang", "en", "--format", "markdown", "--edition", "october2025"], "1\n\n\n\n\n\n");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("- Based on: the October 2025 package,").And.Contain("| One-time card payment | KG Inicis, NHN KCP |");
    }
}
