using System;
using System.Collections.Generic;
using System.IO;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>The command: reads the arguments, runs the check, writes the report and chooses the exit code.</summary>
internal static class CatalogDriftCommand
{
    public const int Ran = 0;
    public const int DriftFound = 1;
    public const int Error = 2;

    /// <param name="args">The command line.</param>
    /// <param name="output">Where the report goes without <c>--output</c>, and the usage with <c>--help</c>.</param>
    /// <param name="error">Where errors go, one line each (followed by the usage for a bad command line).</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            var options = DriftOptions.Parse(args);
            if (options is null)
            {
                output.Write(DriftOptions.Usage);
                return Ran;
            }

            var catalog = CatalogFile.Load(options.Catalog ?? FindCatalog());
            var developers = GitRepository.Open("--developers", PortOneLayout.DevelopersRepository, options.Developers, PortOneLayout.GuideRoot);
            var helpCenter = GitRepository.Open("--help-center", PortOneLayout.HelpCenterRepository, options.HelpCenter, PortOneLayout.HelpRoot);
            var report = DriftCheck.Run(catalog, developers, helpCenter, options.Since);
            var markdown = MarkdownReport.Render(report);
            if (options.Output is null)
            {
                output.Write(markdown);
            }
            else
            {
                Write(options.Output, markdown);
            }

            return options.FailOnDrift && report.HasDrift ? DriftFound : Ran;
        }
        catch (DriftToolException e)
        {
            error.WriteLine($"error: {e.Message}");
            if (e.ShowUsage)
            {
                error.WriteLine();
                error.Write(DriftOptions.Usage);
            }

            return Error;
        }
    }

    /// <summary>The catalog of the repository the command runs in: looked for from the current folder upwards.</summary>
    private static string FindCatalog()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, CatalogFile.RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DriftToolException(
            $"the catalog was not found: no {CatalogFile.RelativePath} in the current folder or above it; give --catalog <file>.");
    }

    private static void Write(string path, string markdown)
    {
        try
        {
            File.WriteAllText(path, markdown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DriftToolException($"the report cannot be written to {path}: {e.Message}");
        }
    }
}
