using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace PortOne.Recommendation.PackageTests.Support;

/// <summary>One run of the built package consumer sample (samples/PortOne.Recommendation.PackageConsumer).</summary>
public sealed class ConsumerRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public ConsumerRun()
    {
        var assembly = Path.Combine(Expected.ConsumerDirectory, "bin", Expected.Configuration, "net10.0", "PortOne.Recommendation.PackageConsumer.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException(
                $"The package consumer is not built: {assembly} does not exist. bash .ci/check-package packs and builds it.", assembly);
        }

        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The package consumer did not finish within {Timeout}.");
        }

        ExitCode = process.ExitCode;
        Output = output.GetAwaiter().GetResult().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Error = error.GetAwaiter().GetResult();
    }

    public int ExitCode { get; }

    public IReadOnlyList<string> Output { get; }

    public string Error { get; }

    /// <summary>The dotnet host that runs these tests, so that the consumer runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/ is the runtime directory.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
