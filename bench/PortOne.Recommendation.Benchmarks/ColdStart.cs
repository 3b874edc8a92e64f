using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Cold start, measured in fresh processes because a warm process hides most of it (JIT, assembly loading):
/// <list type="bullet">
/// <item>in-process: a new process constructs the engine and answers once; the time from just before
/// construction to the answer is the figure (the process's own start-up is not in it);</item>
/// <item>second engine: in the same process, a second engine constructed and answering once (rules compiled again,
/// code already jitted);</item>
/// <item>whole process: <c>dotnet exec</c> of the console sample's dll, from start to exit, and, for scale, of a
/// program that does nothing.</item>
/// </list>
/// </summary>
public static class ColdStart
{
    public const string ChildArgument = "--cold-start-child";
    public const string NoOpArgument = "--no-op";
    public const int Runs = 10;

    public sealed record Figures(double[] InProcessMs, double[] SecondEngineMs, double[] SampleProcessMs, double[] EmptyProcessMs)
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
        var sampleDll = FindSampleDll();
        for (var i = 0; i < runs; i++)
        {
            var output = Run(self, ChildArgument, out _).Split(' ');
            inProcess[i] = double.Parse(output[0], CultureInfo.InvariantCulture);
            secondEngine[i] = double.Parse(output[1], CultureInfo.InvariantCulture);
            Run(sampleDll, string.Empty, out sample[i]);
            Run(self, NoOpArgument, out empty[i]);
        }

        return new Figures(inProcess, secondEngine, sample, empty);
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

    private static string Run(string dll, string arguments, out double elapsedMs)
    {
        var start = new ProcessStartInfo("dotnet", $"exec \"{dll}\" {arguments}")
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
            throw new InvalidOperationException($"'dotnet exec {Path.GetFileName(dll)} {arguments}' exited with {process.ExitCode}.");
        }

        return output.Trim();
    }

    /// <summary>The console sample's dll, built next to this project in the same configuration.</summary>
    private static string FindSampleDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PortOne.Recommendation.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Run the benchmarks from the repository: the solution file was not found above " + AppContext.BaseDirectory);
        }

        var samples = Path.Combine(directory.FullName, "samples", "PortOne.Recommendation.Console", "bin");
        var dll = Directory.Exists(samples)
            ? Directory.GetFiles(samples, "PortOne.Recommendation.Console.dll", SearchOption.AllDirectories)
                .OrderByDescending(p => p.Contains("Release", StringComparison.Ordinal))
                .ThenByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
        return dll ?? throw new InvalidOperationException(
            "The console sample is not built; build the benchmarks (they build it too) or run 'dotnet build -c Release samples/PortOne.Recommendation.Console'.");
    }
}
