using System;
using System.IO;
using System.Linq;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>The standard streams the sample works with; tests hand in their own.</summary>
/// <param name="Input">Standard input: JSON for <c>--input -</c>, answers for <c>--interactive</c>.</param>
/// <param name="Output">Standard output: the report.</param>
/// <param name="Error">Standard error: errors, usage and the questionnaire's prompts.</param>
/// <param name="InputIsTerminal">Whether a person types the input (then a wrong answer is asked again).</param>
/// <param name="OutputIsTerminal">Whether the report goes to a terminal (only then in colour).</param>
internal sealed record AppIo(Stream Input, TextWriter Output, TextWriter Error, bool InputIsTerminal, bool OutputIsTerminal)
{
    public static AppIo FromConsole() => new(
        StandardInputIsClosed() ? Stream.Null : Console.OpenStandardInput(),
        Console.Out,
        Console.Error,
        InputIsTerminal: !Console.IsInputRedirected,
        OutputIsTerminal: !Console.IsOutputRedirected);

    /// <summary>
    /// Whether the process was started with standard input closed (<c>&lt;&amp;-</c>). The runtime then reuses
    /// descriptor 0 for a pipe or event of its own, whose other end it holds itself, and reading it would wait forever;
    /// the sample reads an empty input instead. Linux only (through /proc); elsewhere standard input is taken as open.
    /// </summary>
    internal static bool StandardInputIsClosed()
    {
        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (target is null)
            {
                return false;
            }

            if (target.StartsWith("anon_inode:", StringComparison.Ordinal))
            {
                return true;
            }

            // A pipe whose writing end this process holds itself is not input from anybody. (Copies of descriptor 0
            // that Console makes are reading ends.)
            return target.StartsWith("pipe:", StringComparison.Ordinal)
                && Directory.EnumerateFiles("/proc/self/fd").Any(fd =>
                    Path.GetFileName(fd) != "0"
                    && string.Equals(SafeLinkTarget(fd), target, StringComparison.Ordinal)
                    && IsWriteOnly(Path.GetFileName(fd)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether a descriptor was opened for writing only (O_WRONLY in /proc/self/fdinfo).</summary>
    private static bool IsWriteOnly(string fd)
    {
        try
        {
            var flags = File.ReadLines("/proc/self/fdinfo/" + fd).FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
            return flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) == 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return false;
        }
    }

    private static string? SafeLinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
