using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PortOne.Recommendation.CustomRules.Tests.Support;

/// <summary>
/// Starts a built sample as a process of its own: the copy next to the tests, built with them through the project
/// reference. What it prints is what a newcomer sees after <c>dotnet run --project ...</c>.
/// </summary>
internal static class SampleProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="assemblyName">The sample's assembly name, for example <c>PortOne.Recommendation.GettingStarted</c>.</param>
    /// <param name="environment">Extra environment variables for the process, for example to switch on
    /// globalization-invariant mode.</param>
    public static async Task<SampleRun> RunAsync(string assemblyName, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll"));

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{assemblyName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{assemblyName} did not finish within {Timeout}.");
        }

        return new SampleRun(process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host that runs the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>What one run of a sample left: its exit code and everything it wrote.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
