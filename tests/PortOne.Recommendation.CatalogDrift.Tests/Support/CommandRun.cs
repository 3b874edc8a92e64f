using System.Collections.Generic;
using System.IO;

namespace PortOne.Recommendation.CatalogDrift.Tests.Support;

/// <summary>What one run of the command returned and printed.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the command in this process, as <c>Main</c> does, capturing both streams.</summary>
    public static CommandRun InProcess(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CatalogDriftCommand.Run((IReadOnlyList<string>)args, output, error);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}
