using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Cold start, measured in fresh processes because a warm process hides most of it (JIT, assembly loading):
/// <list type="bullet">
/// <item>in-process: a new process constructs the engine and answers once; the time from just before
/// construction to the answer is the figure (the process's own start-up is not in it);</item>
/// <item>second engine: in the same process, a second engine constructed and answering once (rules compiled again,
/// code already jitted);</item>
/// <item>whole process: <c>dotnet exec</c> of the console sample's dll, from start to exit; the same sample published
/// ReadyToRun (precompiled, NRules included), which an application can choose; and, for scale, a program that does
/// nothing.</item>
/// </list>
/// </summary>
public static class ColdStart
{
    public const string ChildArgument = "--cold-start-child";
    public const string NoOpArgument = "--no-op";
    public const int Runs = 10;

    public sealed record Figures(
        double[] InProcessMs, double[] SecondEngineMs, double[] SampleProcessMs, double[]? ReadyToRunSampleMs, double[] EmptyProcessMs)
    {
        public static double Median(double[] values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    /// <summary>Runs in the child process: prints the in-process figures, in milliseconds.</summary>
    public static void RunChild()
    {
        var first = Measure();
        var second = Measure();
        Console.WriteLine(FormattableString.Invariant($"{first:F3} {second:F3}"));
    }

    public static Figures Measure(int runs = Runs)
    {
        var self = Assembly.GetExecutingAssembly().Location;
        var inProcess = new double[runs];
        var secondEngine = new double[runs];
        var sample = new double[runs];
        var empty = new double[runs];
        var root = FindRepositoryRoot();
        var sampleDll = FindSampleDll(root);
        var readyToRunDll = PublishReadyToRunSample(root);
        var readyToRun = readyToRunDll is null ? null : new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var output = Run(self, ChildArgument, out _).Split(' ');
            inProcess[i] = double.Parse(output[0], CultureInfo.InvariantCulture);
            secondEngine[i] = double.Parse(output[1], CultureInfo.InvariantCulture);
            Run(sampleDll, string.Empty, out sample[i]);
            if (readyToRunDll is not null)
            {
                Run(readyToRunDll, string.Empty, out readyToRun![i]);
            }

            Run(self, NoOpArgument, out empty[i]);
        }

        return new Figures(inProcess, secondEngine, sample, readyToRun, empty);
    }

    private static double Measure()
    {
        var stopwatch = Stopwatch.StartNew();
        var engine = RecommendationEngine.Create(options => options.Culture = Contestants.Culture);
        var result = engine.Recommend(Profiles.TypicalShop());
        stopwatch.Stop();
        if (result.Recommendations.Count == 0)
        {
            throw new InvalidOperationException("The first answer is empty.");
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static string Run(string dll, string arguments, out double elapsedMs) =>
        Run($"exec \"{dll}\" {arguments}", out elapsedMs);

    private static string Run(string dotnetArguments, out double elapsedMs)
    {
        var start = new ProcessStartInfo("dotnet", dotnetArguments)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        elapsedMs = stopwatch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'dotnet {dotnetArguments}' exited with {process.ExitCode}.");
        }

        return output.Trim();
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PortOne.Recommendation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException(
            "Run the benchmarks from the repository: the solution file was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The console sample's dll, built next to this project (the benchmarks' build builds it too).</summary>
    private static string FindSampleDll(string root)
    {
        var dll = Path.Combine(root, "samples", "PortOne.Recommendation.Console", "bin", "Release", "net10.0", "PortOne.Recommendation.Console.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException(
            "The console sample is not built; run the benchmarks with -c Release (their build builds it too).");
    }

    /// <summary>Publishes the console sample ReadyToRun for this machine; <see langword="null"/> when that is not possible here.</summary>
    private static string? PublishReadyToRunSample(string root)
    {
        var output = Path.Combine(root, "bench", "PortOne.Recommendation.Benchmarks", "bin", "ReadyToRunSample");
        var project = Path.Combine(root, "samples", "PortOne.Recommendation.Console", "PortOne.Recommendation.Console.csproj");
        try
        {
            Run(
                $"publish \"{project}\" -c Release -r {RuntimeInformation.RuntimeIdentifier} --self-contained false -p:PublishReadyToRun=true -o \"{output}\"",
                out _);
            return Path.Combine(output, "PortOne.Recommendation.Console.dll");
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine("The ReadyToRun sample could not be published, so it is left out: " + ex.Message);
            return null;
        }
    }
}
