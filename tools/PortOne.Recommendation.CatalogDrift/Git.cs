using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>Runs the git command line in one folder and returns what it printed.</summary>
internal static class Git
{
    /// <summary>
    /// Settings that a user's own git configuration could otherwise change in the output this tool parses: colours,
    /// quoted non-ASCII paths, <c>log.follow</c>, signatures and the length of short hashes.
    /// </summary>
    private static readonly string[] FixedConfiguration =
    [
        "-c", "color.ui=false", "-c", "core.quotePath=false", "-c", "log.follow=false",
        "-c", "log.showSignature=false", "-c", "core.abbrev=auto",
    ];

    /// <summary>The exit code, standard output and standard error of one git command.</summary>
    internal readonly record struct Result(int ExitCode, string Output, string Error);

    /// <summary>
    /// Runs <c>git</c> with <paramref name="arguments"/> in <paramref name="directory"/>. Git does not look for a
    /// repository above that folder, and treats every path as a literal (paths such as <c>src/routes/(root)/…</c>).
    /// </summary>
    /// <exception cref="DriftToolException">git is not on PATH.</exception>
    public static Result Run(string directory, IEnumerable<string> arguments)
    {
        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = fullPath,
        };
        foreach (var argument in FixedConfiguration)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(fullPath) ?? fullPath;
        start.Environment["GIT_LITERAL_PATHSPECS"] = "1";
        start.Environment["LC_ALL"] = "C";
        start.Environment.Remove("GIT_DIR");
        start.Environment.Remove("GIT_WORK_TREE");

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new DriftToolException($"git could not be started ({e.Message}); the check needs git on PATH.");
        }

        using (process)
        {
            if (process is null)
            {
                throw new DriftToolException("git could not be started; the check needs git on PATH.");
            }

            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output, error.GetAwaiter().GetResult());
        }
    }
}
