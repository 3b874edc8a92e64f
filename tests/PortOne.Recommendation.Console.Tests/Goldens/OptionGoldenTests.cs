using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Goldens;

/// <summary>
/// <c>--why</c>, <c>--compare-edition</c> and <c>--compare-api</c> in every format and both languages, compared with
/// the expected files in <c>Goldens/Options</c> (<c>{case}.{ko|en}.{txt|md|json}</c>).
/// </summary>
/// <remarks>
/// Regenerate them like the scenario goldens: <c>UPDATE_GOLDENS=1 dotnet test tests/PortOne.Recommendation.Console.Tests</c>,
/// then review the diff. The JSON leaves out <c>firedRules</c>, a diagnostic of NRules.
/// </remarks>
public sealed class OptionGoldenTests
{
    /// <summary>The cases: a file name and the command line that makes it.</summary>
    private static readonly (string Name, string[] Args)[] Cases =
    [
        ("why.subscription-shop", ["--why"]),
        ("compare-edition-april2026.subscription-shop", ["--compare-edition", "april2026"]),
        ("compare-api-v2.shop-on-v1", ["--scenario", "shop-on-v1", "--compare-api", "v2"]),
        ("compare-api-v2.subscription-shop", ["--compare-api", "v2"]),
        ("onboarding.subscription-shop", ["--onboarding"]),
        ("onboarding.game-items", ["--scenario", "game-items", "--onboarding"]),
    ];

    private static readonly (string Format, string Extension)[] Formats = [("text", "txt"), ("markdown", "md"), ("json", "json")];

    private static readonly string[] Languages = ["ko", "en"];

    public static TheoryData<string, string, string> CasesFormatsAndLanguages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, _) in Cases)
        {
            foreach (var (format, _) in Formats)
            {
                foreach (var language in Languages)
                {
                    data.Add(name, format, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CasesFormatsAndLanguages))]
    public void Option_MatchesGoldenFile(string name, string format, string language)
    {
        var args = Cases.Single(c => c.Name == name).Args;

        var run = InProcess.Run([.. args, "--lang", language, "--format", format]);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        var output = format == "json" ? WithoutFiredRules(run.Output) : run.Output;
        Directory.CreateDirectory(OptionsDirectory);
        GoldenFileTests.CompareWithGolden(GoldenPath(name, format, language), output);
    }

    [Fact]
    public void OptionsFolder_HoldsExactlyTheCasesFiles()
    {
        var expected =
            from c in Cases
            from f in Formats
            from language in Languages
            select Path.GetFileName(GoldenPath(c.Name, f.Format, language));

        Directory.GetFiles(OptionsDirectory).Select(Path.GetFileName).Should().BeEquivalentTo(expected);
    }

    private static string OptionsDirectory => Path.Combine(RepositoryPaths.TestProject, "Goldens", "Options");

    private static string GoldenPath(string name, string format, string language) =>
        Path.Combine(OptionsDirectory, $"{name}.{language}.{Formats.Single(f => f.Format == format).Extension}");

    /// <summary>The JSON without <c>firedRules</c>: at the top of a result, or in both answers of a comparison.</summary>
    private static string WithoutFiredRules(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        if (node["before"] is JsonObject before && node["after"] is JsonObject after)
        {
            before.Remove("firedRules").Should().BeTrue("both answers of a comparison carry firedRules");
            after.Remove("firedRules").Should().BeTrue("both answers of a comparison carry firedRules");
        }
        else
        {
            node.Remove("firedRules").Should().BeTrue("the console's JSON carries firedRules");
        }

        return node.ToJsonString(GoldenFileTests.GoldenJson) + "\n";
    }
}
