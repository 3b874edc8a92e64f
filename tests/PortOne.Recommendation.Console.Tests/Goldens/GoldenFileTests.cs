using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PortOne.Recommendation.ConsoleSample.Json;
using PortOne.Recommendation.ConsoleSample.Scenarios;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Goldens;

/// <summary>
/// Every built-in scenario, in both languages, run through the real JSON path and compared with the checked-in
/// expected JSON in this folder (<c>{scenario}.{ko|en}.json</c>).
/// </summary>
/// <remarks>
/// After an intended change of the results, regenerate the files with
/// <c>UPDATE_GOLDENS=1 dotnet test tests/PortOne.Recommendation.Console.Tests</c> and review the diff before
/// committing. Without the variable a difference fails the test.
/// </remarks>
public sealed class GoldenFileTests
{
    private const string UpdateVariable = "UPDATE_GOLDENS";

    public static TheoryData<string, string> ScenariosAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in ScenarioCatalog.Names)
        {
            data.Add(scenario, "ko");
            data.Add(scenario, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScenariosAndLanguages))]
    public void Scenario_AsJson_MatchesGoldenFile(string scenario, string language)
    {
        var run = InProcess.Run("--scenario", scenario, "--lang", language, "--format", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        CompareWithGolden(GoldenPath(scenario, language), WithoutFiredRules(run.Output));
    }

    [Theory]
    [MemberData(nameof(ScenariosAndLanguages))]
    public void ScenarioRequirements_ReadBackAsJsonInput_GiveTheGoldenResult(string scenario, string language)
    {
        var found = ScenarioCatalog.Find(scenario);
        var requirementsJson = ContractJson.Serialize(found.Requirements);
        string[] edition = found.Edition is { } e ? ["--edition", e.ToString()] : [];

        var run = InProcess.Run(["--input", "-", "--lang", language, "--format", "json", .. edition], requirementsJson);

        run.ExitCode.Should().Be(0, run.ToString());
        WithoutFiredRules(run.Output).Should().Be(File.ReadAllText(GoldenPath(scenario, language)));
    }

    [Fact]
    public void GoldenFolder_HoldsExactlyOneFilePerScenarioAndLanguage()
    {
        var expected = ScenarioCatalog.Names.SelectMany(n => new[] { n + ".ko.json", n + ".en.json" });

        Directory.GetFiles(GoldenDirectory, "*.json").Select(Path.GetFileName)
            .Should().BeEquivalentTo(expected);
    }

    private static string GoldenDirectory => Path.Combine(RepositoryPaths.TestProject, "Goldens");

    private static string GoldenPath(string scenario, string language) => Path.Combine(GoldenDirectory, $"{scenario}.{language}.json");

    /// <summary>The answer without <c>firedRules</c>: the firing order is a diagnostic of NRules, not part of the answer,
    /// so the goldens leave it out.</summary>
    internal static string WithoutFiredRules(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("firedRules").Should().BeTrue("the console's JSON carries firedRules");
        return node.ToJsonString(GoldenJson) + "\n";
    }

    internal static readonly JsonSerializerOptions GoldenJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="path"/>, or writes the file when
    /// <c>UPDATE_GOLDENS=1</c>.</summary>
    internal static void CompareWithGolden(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).Should().BeTrue($"{path} must exist; create it with {UpdateVariable}=1 dotnet test");
        actual.Should().Be(
            File.ReadAllText(path),
            $"the output must match {Path.GetFileName(path)}; after an intended change, regenerate with {UpdateVariable}=1 and review the diff");
    }
}
