using System;
using System.IO;

namespace PortOne.Recommendation.ConsoleSample.Tests.Support;

/// <summary>Paths in the source tree, found from the test output folder upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "PortOne.Recommendation.Console.Tests");

    public static string Sample => Path.Combine(Root, "samples", "PortOne.Recommendation.Console");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PortOne.Recommendation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
