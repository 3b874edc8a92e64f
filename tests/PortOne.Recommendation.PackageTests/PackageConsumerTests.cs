using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PortOne.Recommendation.PackageTests.Support;

namespace PortOne.Recommendation.PackageTests;

/// <summary>The package consumer sample references the package from the artifacts folder, registers the library with
/// dependency injection and prints one recommendation in Korean and one in English.</summary>
public sealed class PackageConsumerTests(ConsumerRun run) : IClassFixture<ConsumerRun>
{
    [Fact]
    public void Consumer_RestoredExactlyThePackedPackage()
    {
        var version = Expected.PackageVersion.ToLowerInvariant();
        var restored = Path.Combine(Expected.ConsumerDirectory, "obj", "packages", "portone.recommendation", version, $"portone.recommendation.{version}.nupkg");

        File.Exists(restored).Should().BeTrue($"the consumer restores into its own package folder ({restored})");
        File.ReadAllBytes(restored).Should().Equal(File.ReadAllBytes(Expected.PackagePath), "the consumer must use the package just packed");
    }

    [Fact]
    public void Consumer_RunsWithoutErrors()
    {
        run.ExitCode.Should().Be(0, $"the consumer failed:\n{run.Error}\n{string.Join('\n', run.Output)}");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Consumer_LoadsTheNet8AssemblyOfThePackage()
    {
        var match = Regex.Match(run.Output[0], @"^PortOne\.Recommendation (?<version>\S+) \((?<framework>[^)]*)\) from (?<path>.+)$");

        match.Success.Should().BeTrue($"the first line names the loaded library: {run.Output[0]}");
        match.Groups["version"].Value.Should().StartWith(Expected.PackageVersion + "+");
        match.Groups["framework"].Value.Should().Be(".NETCoreApp,Version=v8.0");
        var loaded = match.Groups["path"].Value;
        File.ReadAllBytes(loaded).Should().Equal(PackageArchive.Package.Read("lib/net8.0/PortOne.Recommendation.dll"));
    }

    [Fact]
    public void Consumer_PrintsTheCardRecommendationInKorean()
    {
        var lines = Lines("ko");

        lines.Should().HaveCount(3).And.OnlyContain(l => Hangul.IsIn(l), "every Korean line has Hangul");
        lines[0].Should().Contain("KG이니시스").And.Contain("나이스페이먼츠");
        lines[1].Should().StartWith("‘추천패키지’ > ");
    }

    [Fact]
    public void Consumer_PrintsTheCardRecommendationInEnglish()
    {
        var lines = Lines("en");

        lines.Should().HaveCount(3).And.OnlyContain(l => !Hangul.IsOutsideTranslatedLabels(l), "English lines have no Hangul but quoted console labels beside their translation (Korean would mean the English texts were not found)");
        lines[0].Should().Contain("KG Inicis").And.Contain("NICE Payments");
        lines[1].Should().StartWith("‘추천패키지’ (Recommended package) > ");
    }

    private string[] Lines(string language) =>
        run.Output.Where(l => l.StartsWith(language + ": ", StringComparison.Ordinal)).Select(l => l[(language.Length + 2)..]).ToArray();
}
