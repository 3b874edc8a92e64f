using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>Prints the targets of the performance work (issue 19, Engine v3; issue 10's that still stand), each with
/// its measured figure, as a Markdown table, then the cold-start figures.</summary>
public static class TargetsReport
{
    public const double CachedToFloorLimit = 5.0;
    public const long TypicalBytesLimit = 16 * 1024;
    public const long MixBytesLimit = 32 * 1024;
    public const double WorstProfileLimitMicroseconds = 100;
    public const double ColdStartLimitMs = 320;
    public const double ReadyToRunColdStartLimitMs = 200;
    public const double TwoThreadGainFloor = 1.7;

    public static void Print(IReadOnlyList<Summary> summaries, ColdStart.Figures? coldStart, double? worstProfileMicroseconds)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        var rows = new List<string>();

        foreach (var profile in new[] { "TypicalShop", "EverythingAsked", "Mix1000", "AllContracts" })
        {
            var floor = Find(reports, "Floor", profile);
            var cached = Find(reports, "Engine_Cached", profile);
            var uncached = Find(reports, "Engine_Uncached", profile);
            var rulesEngine = Find(reports, "RulesEngine", profile);
            if (uncached is not null && rulesEngine is not null && UncachedToRulesEngineLimit(profile) is { } limit)
            {
                rows.Add(Row($"uncached ≤ {limit:0.0}x RulesEngine ({profile})", Mean(uncached) / Mean(rulesEngine), limit, "x"));
            }

            if (uncached is not null && profile == "TypicalShop")
            {
                rows.Add(Row($"uncached ≤ 16 KB allocated ({profile})", Allocated(uncached), TypicalBytesLimit, " B"));
            }

            if (uncached is not null && profile == "Mix1000")
            {
                rows.Add(Row($"uncached ≤ 32 KB allocated ({profile})", Allocated(uncached), MixBytesLimit, " B"));
            }

            if (uncached is not null && profile == "AllContracts")
            {
                rows.Add(Row($"no profile over {WorstProfileLimitMicroseconds} µs: every need, all 19 existing contracts (BenchmarkDotNet mean)", Mean(uncached) / 1000, WorstProfileLimitMicroseconds, " µs"));
            }

            if (floor is not null && cached is not null)
            {
                rows.Add(Row($"(earlier target) cached ≤ {CachedToFloorLimit}x floor ({profile})", Mean(cached) / Mean(floor), CachedToFloorLimit, "x"));
            }
        }

        if (worstProfileMicroseconds is { } worst)
        {
            rows.Add(Row($"no profile over {WorstProfileLimitMicroseconds} µs: slowest of the sweep (fastest of 9 calls)", worst, WorstProfileLimitMicroseconds, " µs"));
        }

        foreach (var cache in new[] { "CacheOff", "CacheOn" })
        {
            var one = Find(reports, cache + "_OneThread");
            var two = Find(reports, cache + "_TwoThreads");
            if (one is not null && two is not null)
            {
                rows.Add(Row($"(earlier target) 2 threads ≥ {TwoThreadGainFloor}x one thread (cache {(cache == "CacheOn" ? "on" : "off")})", Mean(one) / Mean(two), TwoThreadGainFloor, "x", lowerIsBetter: false));
            }
        }

        var controlOne = Find(reports, "Control_OneThread");
        var controlTwo = Find(reports, "Control_TwoThreads");
        if (controlOne is not null && controlTwo is not null)
        {
            rows.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| (control) 2 threads on a plain loop: what the machine offered | {Mean(controlOne) / Mean(controlTwo):0.00}x | - |"));
        }

        if (coldStart is not null)
        {
            rows.Add(Row($"construction + first answer ≤ {ColdStartLimitMs} ms (new process, median of {coldStart.InProcessMs.Length})", ColdStart.Figures.Median(coldStart.InProcessMs), ColdStartLimitMs, " ms"));
            if (coldStart.ReadyToRunInProcessMs is { } readyToRun)
            {
                rows.Add(Row($"construction + first answer ≤ {ReadyToRunColdStartLimitMs} ms, application published ReadyToRun (median of {readyToRun.Length})", ColdStart.Figures.Median(readyToRun), ReadyToRunColdStartLimitMs, " ms"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| target | measured | met |");
        Console.WriteLine("|---|---|---|");
        rows.ForEach(Console.WriteLine);

        if (coldStart is not null)
        {
            PrintColdStart(coldStart);
        }
    }

    /// <summary>Issue 19's limit of the uncached call's ratio to RulesEngine for a profile, if it sets one.</summary>
    private static double? UncachedToRulesEngineLimit(string profile) => profile switch
    {
        "TypicalShop" => 1.0,
        "Mix1000" => 1.6,
        "EverythingAsked" => 1.7,
        _ => null,
    };

    private static void PrintColdStart(ColdStart.Figures coldStart)
    {
        Console.WriteLine();
        Console.WriteLine("| cold start (ms) | median | min | max |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Stats("engine construction + first answer, new process", coldStart.InProcessMs));
        if (coldStart.ReadyToRunInProcessMs is not null)
        {
            Console.WriteLine(Stats("the same, application published ReadyToRun", coldStart.ReadyToRunInProcessMs));
        }

        Console.WriteLine(Stats("RulesEngine contestant construction + first answer (same profile), new process", coldStart.RulesEngineMs));
        if (coldStart.ReadyToRunRulesEngineMs is not null)
        {
            Console.WriteLine(Stats("the same, application published ReadyToRun", coldStart.ReadyToRunRulesEngineMs));
        }

        Console.WriteLine(Ratio("ratio engine / RulesEngine, JIT (medians)", coldStart.InProcessMs, coldStart.RulesEngineMs));
        if (coldStart.ReadyToRunInProcessMs is not null && coldStart.ReadyToRunRulesEngineMs is not null)
        {
            Console.WriteLine(Ratio("ratio engine / RulesEngine, ReadyToRun (medians)", coldStart.ReadyToRunInProcessMs, coldStart.ReadyToRunRulesEngineMs));
        }

        Console.WriteLine(Stats("second engine in the same process", coldStart.SecondEngineMs));
        Console.WriteLine(Stats("whole process: `dotnet exec` console sample", coldStart.SampleProcessMs));
        if (coldStart.ReadyToRunSampleMs is not null)
        {
            Console.WriteLine(Stats("whole process: the same sample published ReadyToRun", coldStart.ReadyToRunSampleMs));
        }

        Console.WriteLine(Stats("whole process: `dotnet exec` of a program that does nothing", coldStart.EmptyProcessMs));

        Console.WriteLine();
        Console.WriteLine("Steps of construction + first answer in a new process (ms, median of " + coldStart.InProcessMs.Length + "):");
        Console.WriteLine();
        Console.WriteLine("| variant | " + string.Join(" | ", ColdStart.StepNames) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", ColdStart.StepNames.Length)));
        foreach (var (name, steps) in coldStart.Steps)
        {
            var medians = Enumerable.Range(0, ColdStart.StepNames.Length)
                .Select(i => ColdStart.Figures.Median(steps.Select(run => run[i])).ToString("0.0", CultureInfo.InvariantCulture));
            Console.WriteLine($"| {name} | {string.Join(" | ", medians)} |");
        }
    }

    private static BenchmarkReport? Find(List<BenchmarkReport> reports, string method, string? parameter = null) =>
        reports.FirstOrDefault(r =>
            r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (parameter is null
                || r.BenchmarkCase.Parameters.Items.Any(p => string.Equals(Convert.ToString(p.Value, CultureInfo.InvariantCulture), parameter, StringComparison.Ordinal))));

    private static double Mean(BenchmarkReport report) => report.ResultStatistics!.Mean;

    private static double Allocated(BenchmarkReport report) =>
        report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? double.NaN;

    private static string Row(string target, double measured, double limit, string unit, bool lowerIsBetter = true)
    {
        var met = lowerIsBetter ? measured <= limit : measured >= limit;
        var value = unit == " B" ? measured.ToString("N0", CultureInfo.InvariantCulture) : measured.ToString("0.00", CultureInfo.InvariantCulture);
        return $"| {target} | {value}{unit} | {(met ? "yes" : "**no**")} |";
    }

    private static string Stats(string what, double[] values) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {what} | {ColdStart.Figures.Median(values):0.0} | {values.Min():0.0} | {values.Max():0.0} |");

    private static string Ratio(string what, double[] engine, double[] rulesEngine) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {what} | {ColdStart.Figures.Median(engine) / ColdStart.Figures.Median(rulesEngine):0.00}x | - | - |");
}
