using System.IO;
using System.Text;
using PortOne.Recommendation.ConsoleSample.App;

namespace PortOne.Recommendation.ConsoleSample.Tests.Support;

/// <summary>Runs the sample's entry point in the test process, with standard streams of the test's own.</summary>
internal static class InProcess
{
    public static SampleRun Run(params string[] args) => Run(args, standardInput: string.Empty);

    /// <param name="args">The command line.</param>
    /// <param name="standardInput">What standard input holds.</param>
    /// <param name="inputIsTerminal">Whether the input counts as typed by a person.</param>
    public static SampleRun Run(string[] args, string standardInput, bool inputIsTerminal = false) =>
        Run(args, Encoding.UTF8.GetBytes(standardInput), inputIsTerminal);

    public static SampleRun Run(string[] args, byte[] standardInput, bool inputIsTerminal = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new AppIo(new MemoryStream(standardInput), output, error, inputIsTerminal, OutputIsTerminal: false);
        var exitCode = ConsoleApp.Run(args, io);
        return new SampleRun(exitCode, output.ToString(), error.ToString());
    }
}
