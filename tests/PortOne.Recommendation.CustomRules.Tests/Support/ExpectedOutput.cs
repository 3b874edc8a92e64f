using System;
using System.IO;

namespace PortOne.Recommendation.CustomRules.Tests.Support;

/// <summary>
/// The checked-in expected output of the samples, in <c>SampleOutput/*.expected.txt</c>. After an intended change of
/// what a sample prints, regenerate with <c>UPDATE_GOLDENS=1 dotnet test tests/PortOne.Recommendation.CustomRules.Tests</c>
/// and review the diff before committing; without the variable a difference fails the test.
/// </summary>
internal static class ExpectedOutput
{
    private const string UpdateVariable = "UPDATE_GOLDENS";

    public static void ShouldMatch(string actual, string fileName)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "PortOne.Recommendation.CustomRules.Tests", "SampleOutput", fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).Should().BeTrue($"{fileName} must exist; create it with {UpdateVariable}=1 dotnet test");
        actual.Should().Be(
            File.ReadAllText(path),
            $"the output must match {fileName}; after an intended change, regenerate with {UpdateVariable}=1 and review the diff");
    }

    /// <summary>The folder holding the solution, found from the test output folder upwards.</summary>
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PortOne.Recommendation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
