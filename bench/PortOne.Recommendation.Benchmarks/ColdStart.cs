using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Cold start, measured in fresh processes because a warm process hides most of it (JIT, assembly loading):
/// <list type="bullet">
/// <item>in-process: a new process constructs the engine and answers once; the time from just before
/// construction to the answer is the figure (the process's own start-up is not in it); the same with this program
/// published ReadyToRun (the library, NRules and the runtime's own code precompiled), which an application can
/// choose;</item>
/// <item>RulesEngine: the same in a new process for the <see cref="RulesEngineContestant"/> (its two workflows
/// parsed and compiled as it does, on its first answer), JIT and ReadyToRun, for the ratio engine / RulesEngine;</item>
/// <item>second engine: in the same process, a second engine constructed and answering once (rules compiled again,
/// code already jitted);</item>
/// <item>steps: a new process times the steps the engine takes on its own, through <see cref="EnginePipeline"/>:
/// the provider catalog (the compiled catalog constructed and turned into lookups), loading the rule classes, compiling
/// them (with the BCL's expression compiler, as the netstandard2.0 build does, or with FastExpressionCompiler, as the net8.0 build does), and the first
/// answer (first session, first rule run, first texts), with and without ReadyToRun;</item>
/// <item>whole process: <c>dotnet exec</c> of the console sample's dll, from start to exit; the same sample published
/// ReadyToRun; and, for scale, a program that does nothing.</item>
/// </list>
/// </summary>
public static class ColdStart
{
    public const string ChildArgument = "--cold-start-child";
    public const string StepsArgument = "--cold-start-steps";
    public const string RulesEngineArgument = "--cold-start-rules-engine";
    public const string NoOpArgument = "--no-op";
    public const int Runs = 10;

    /// <summary>The steps of <see cref="RunSteps"/>, in order.</summary>
    public static readonly string[] StepNames = ["catalog", "rule load", "compile", "first answer", "total"];

    public sealed record Figures(
        double[] InProcessMs,
        double[]? ReadyToRunInProcessMs,
        double[] RulesEngineMs,
        double[]? ReadyToRunRulesEngineMs,
        double[] SecondEngineMs,
        IReadOnlyList<(string Name, double[][] Steps)> Steps,
        double[] SampleProcessMs,
        double[]? ReadyToRunSampleMs,
        double[] EmptyProcessMs)
    {
        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    /// <summary>Runs in the child process: prints the in-process figures, in milliseconds.</summary>
    public static void RunChild()
    {
        var first = MeasureEngine();
        var second = MeasureEngine();
        Console.WriteLine(FormattableString.Invariant($"{first:F3} {second:F3}"));
    }

    /// <summary>Runs in the child process: prints the time, in milliseconds, from just before constructing the
    /// RulesEngine contestant to its first answer to the profile the engine's cold start answers.</summary>
    public static void RunRulesEngineChild()
    {
        var stopwatch = Stopwatch.StartNew();
        var contestant = Contestants.RulesEngine();
        var result = contestant.Recommend(Profiles.TypicalShop());
        stopwatch.Stop();
        if (result.Recommendations.Count == 0)
        {
            throw new InvalidOperationException("The first answer is empty.");
        }

        Console.WriteLine(FormattableString.Invariant($"{stopwatch.Elapsed.TotalMilliseconds:F3}"));
    }

    /// <summary>Runs in the child process: times the engine's steps, rules compiled by <paramref name="compiler"/>
    /// (<c>bcl</c> or <c>fec</c>), and prints them in milliseconds.</summary>
    public static void RunSteps(string compiler)
    {
        var total = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        _ = ProviderCatalog.Default;
        var catalog = Lap(step);
        var repository = EnginePipeline.LoadBuiltInRules();
        var load = Lap(step);
        var factory = EnginePipeline.Compile(repository, compiler == "fec" ? new FastCompiler() : null);
        var compile = Lap(step);
        var result = new EnginePipeline(Contestants.Language, factory).Recommend(Profiles.TypicalShop());
        var first = Lap(step);
        if (result.Recommendations.Count == 0)
        {
            throw new InvalidOperationException("The first answer is empty.");
        }

        Console.WriteLine(FormattableString.Invariant($"{catalog:F3} {load:F3} {compile:F3} {first:F3} {total.Elapsed.TotalMilliseconds:F3}"));
    }

    public static Figures Measure(int runs = Runs)
    {
        var self = Assembly.GetExecutingAssembly().Location;
        var root = FindRepositoryRoot();
        var sampleDll = FindSampleDll(root);
        var readyToRunSample = Publish(root, Path.Combine("samples", "PortOne.Recommendation.Console", "PortOne.Recommendation.Console.csproj"), "ReadyToRunSample", "PortOne.Recommendation.Console.dll");
        var readyToRunSelf = Publish(root, Path.Combine("bench", "PortOne.Recommendation.Benchmarks", "PortOne.Recommendation.Benchmarks.csproj"), "ReadyToRunBench", Path.GetFileName(self));
        var inProcess = new double[runs];
        var readyToRun = readyToRunSelf is null ? null : new double[runs];
        var rulesEngine = new double[runs];
        var readyToRunRulesEngine = readyToRunSelf is null ? null : new double[runs];
        var secondEngine = new double[runs];
        var sample = new double[runs];
        var readyToRunSampleMs = readyToRunSample is null ? null : new double[runs];
        var empty = new double[runs];
        var variants = new List<(string Name, string Dll, string Compiler)>
        {
            ("JIT, BCL expression compiler (the netstandard2.0 build)", self, "bcl"),
            ("JIT, FastExpressionCompiler (as the engine on net8.0)", self, "fec"),
        };
        if (readyToRunSelf is not null)
        {
            variants.Add(("ReadyToRun, BCL expression compiler", readyToRunSelf, "bcl"));
            variants.Add(("ReadyToRun, FastExpressionCompiler", readyToRunSelf, "fec"));
        }

        var steps = variants.Select(v => (v.Name, Steps: new double[runs][])).ToList();
        for (var i = 0; i < runs; i++)
        {
            var output = Run(self, ChildArgument, out _).Split(' ');
            inProcess[i] = Parse(output[0]);
            secondEngine[i] = Parse(output[1]);
            if (readyToRunSelf is not null)
            {
                readyToRun![i] = Parse(Run(readyToRunSelf, ChildArgument, out _).Split(' ')[0]);
            }

            rulesEngine[i] = Parse(Run(self, RulesEngineArgument, out _));
            if (readyToRunSelf is not null)
            {
                readyToRunRulesEngine![i] = Parse(Run(readyToRunSelf, RulesEngineArgument, out _));
            }

            for (var v = 0; v < variants.Count; v++)
            {
                steps[v].Steps[i] = Run(variants[v].Dll, StepsArgument + " " + variants[v].Compiler, out _).Split(' ').Select(Parse).ToArray();
            }

            Run(sampleDll, string.Empty, out sample[i]);
            if (readyToRunSample is not null)
            {
                Run(readyToRunSample, string.Empty, out readyToRunSampleMs![i]);
            }

            Run(self, NoOpArgument, out empty[i]);
        }

        return new Figures(inProcess, readyToRun, rulesEngine, readyToRunRulesEngine, secondEngine, steps, sample, readyToRunSampleMs, empty);
    }

    private static double Lap(Stopwatch stopwatch)
    {
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        return elapsed;
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double MeasureEngine()
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
        RunDotnet($"exec \"{dll}\" {arguments}", out elapsedMs);

    private static string RunDotnet(string dotnetArguments, out double elapsedMs)
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

    /// <summary>Publishes a project ReadyToRun for this machine into this project's bin folder; <see langword="null"/>
    /// when that is not possible here.</summary>
    private static string? Publish(string root, string project, string folder, string dll)
    {
        var output = Path.Combine(root, "bench", "PortOne.Recommendation.Benchmarks", "bin", folder);
        try
        {
            RunDotnet(
                $"publish \"{Path.Combine(root, project)}\" -c Release -r {RuntimeInformation.RuntimeIdentifier} --self-contained false -p:PublishReadyToRun=true -o \"{output}\"",
                out _);
            return Path.Combine(output, dll);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"{project} could not be published ReadyToRun, so it is left out: {ex.Message}");
            return null;
        }
    }
}
