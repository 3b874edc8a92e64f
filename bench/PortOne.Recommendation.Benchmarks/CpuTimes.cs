using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The contestants' cost per call in processor time (<c>--cpu</c>), for a machine too busy for wall-clock figures: each
/// contestant answers batches of 1,000 calls on one thread, and the process's processor time (user and system, all
/// threads, so the garbage collector's work counts) is read around each batch; the median of 7 batches is the figure,
/// with the wall-clock time and the bytes allocated beside it. Every contestant first answers every profile for a while,
/// so that tiered compilation is done. Waiting for a core does not count, a busy machine's
/// cache and frequency effects still do. The same file builds in an older version of these benchmarks, for figures
/// old beside new.
/// </summary>
public static class CpuTimes
{
    private const int Batches = 7;
    private const int Batch = 1000;

#if EXPLANATIONS
    private static readonly RecommendationContext Explain = new() { Explain = true };
#endif

    public static void Print()
    {
        var profiles = new (string Name, MerchantRequirements[] Set)[]
        {
            ("TypicalShop", Enumerable.Range(0, Batch).Select(_ => Profiles.TypicalShop()).ToArray()),
            ("EverythingAsked", Enumerable.Range(0, Batch).Select(_ => Profiles.EverythingAsked()).ToArray()),
            ("Mix1000", Profiles.Mix()),
            ("AllContracts", Enumerable.Range(0, Batch).Select(_ => Profiles.EverythingAsked() with { ExistingContracts = Enum.GetValues<PaymentProvider>() }).ToArray()),
        };
        var floor = Contestants.Floor();
        var engine = Contestants.Engine(cacheResults: false);
        var withCallerRules = Contestants.EngineWithCallerRules();
        var bclCompiled = new EnginePipeline(Contestants.Language, EnginePipeline.CompileBuiltInRules(compiler: null));
        var fecCompiled = new EnginePipeline(Contestants.Language, EnginePipeline.CompileBuiltInRules(new FastCompiler()));
        var rulesEngine = Contestants.RulesEngine();
        var bare = new BareNRules();
        var raw = new RawNRules();
        var contestants = new (string Name, Func<MerchantRequirements, int> Call)[]
        {
            ("Floor", p => floor.Recommend(p).Recommendations.Count),
            ("Engine_Uncached", p => engine.Recommend(p).Recommendations.Count),
#if EXPLANATIONS
            ("Engine_Uncached_Explained", p => engine.Recommend(p, Explain).Explanation!.Services.Count),
#endif
            ("Engine_Uncached_CallerRules", p => withCallerRules.Recommend(p).Recommendations.Count),
            ("Pipeline_BclCompiledRules", p => bclCompiled.Recommend(p).Recommendations.Count),
            ("Pipeline_FecCompiledRules", p => fecCompiled.Recommend(p).Recommendations.Count),
            ("RulesEngine", p => rulesEngine.Recommend(p).Recommendations.Count),
            ("NRules_SameRulesBare", bare.Run),
            ("NRules_FourTrivialRules", raw.Run),
        };
        // Every contestant on every profile first, so that tiered compilation has finished before anything is measured.
        for (var round = 0; round < 2; round++)
        {
            foreach (var (_, set) in profiles)
            {
                foreach (var (_, call) in contestants)
                {
                    Run(call, set);
                }
            }
        }

        Console.WriteLine("| contestant | profile | processor time per call | wall-clock per call | allocated per call | ratio to RulesEngine (processor time) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var (profile, set) in profiles)
        {
            var figures = contestants.Select(c => (c.Name, Figures: Measure(c.Call, set))).ToList();
            var rulesEngineCpu = figures.Single(f => f.Name == "RulesEngine").Figures.Cpu;
            foreach (var (name, (cpu, wall, bytes)) in figures)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| `{name}` | {profile} | {cpu:N1} µs | {wall:N1} µs | {bytes:N0} B | {cpu / rulesEngineCpu:0.00} |"));
            }
        }
    }

    private static (double Cpu, double Wall, double Bytes) Measure(Func<MerchantRequirements, int> call, MerchantRequirements[] set)
    {
        Run(call, set);
        var cpu = new List<double>();
        var wall = new List<double>();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var calls = 0L;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Batches; i++)
        {
            process.Refresh();
            var startCpu = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            var batch = Run(call, set);
            var elapsed = Stopwatch.GetTimestamp() - start;
            process.Refresh();
            calls += batch;
            cpu.Add((process.TotalProcessorTime - startCpu).TotalMicroseconds / batch);
            wall.Add(elapsed * 1e6 / Stopwatch.Frequency / batch);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / (double)calls;
        return (cpu.Order().ElementAt(Batches / 2), wall.Order().ElementAt(Batches / 2), allocated);
    }

    /// <returns>The number of calls made.</returns>
    private static int Run(Func<MerchantRequirements, int> call, MerchantRequirements[] set)
    {
        // Enough rounds of the batch for the processor-time clock (10 ms ticks) to resolve a cheap contestant.
        var rounds = 0;
        var start = Stopwatch.GetTimestamp();
        do
        {
            foreach (var profile in set)
            {
                call(profile);
            }

            rounds++;
        }
        while (Stopwatch.GetTimestamp() - start < Stopwatch.Frequency / 5);
        return rounds * set.Length;
    }
}
