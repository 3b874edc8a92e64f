using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PortOne.Recommendation.ConsoleSample.Tests.Support;

/// <summary>
/// Starts the built sample as a process of its own (the copy next to the tests, built with them through the project
/// reference), with standard input, output and error redirected as a script would have them.
/// </summary>
internal static class SampleProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string SampleDll { get; } = Path.Combine(AppContext.BaseDirectory, "PortOne.Recommendation.Console.dll");

    public static Task<SampleRun> RunAsync(params string[] args) => RunAsync(args, standardInput: null);

    /// <param name="args">The command line.</param>
    /// <param name="standardInput">What to write to standard input before closing it; <see langword="null"/> closes it at once.</param>
    /// <param name="workingDirectory">The working directory; the test output folder by default.</param>
    public static async Task<SampleRun> RunAsync(string[] args, string? standardInput, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(SampleDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The sample did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }
        }
        catch (IOException)
        {
            // The sample stopped reading early (for example, it refused the input); what it wrote tells the rest.
        }
        finally
        {
            process.StandardInput.Close();
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample did not finish within {Timeout}: {string.Join(' ', args)}");
        }

        return new SampleRun(process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host that runs the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
