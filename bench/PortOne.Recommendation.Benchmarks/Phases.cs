using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Where an uncached call spends its time and memory (<c>--phases</c>): <see cref="EnginePipeline"/> answers each profile
/// many times with a clock around each step (time from <see cref="Stopwatch"/>, bytes from
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>), and each rule's firing is timed from NRules' firing events
/// (its action and what the action's inserts set off). The contract planner alone is timed apart on the entries the
/// rules made. Figures are means per call; the clocks add well under a microsecond per step.
/// </summary>
public static class Phases
{
    private const int Rounds = 2000;

    public static void Print()
    {
        var explain = Environment.GetCommandLineArgs().Contains("--explain");
        var pipeline = new EnginePipeline(TextLanguage.Korean, EnginePipeline.CompileBuiltInRules(compiler: null, explain));
        var profiles = new (string Name, MerchantRequirements[] Profiles)[]
        {
            ("TypicalShop", [Profiles.TypicalShop()]),
            ("EverythingAsked", [Profiles.EverythingAsked()]),
            ("Mix1000", Profiles.Mix()),
            ("AllContracts", [Profiles.AllContracts()]),
        };
        // Every profile for a second first, so that tiered compilation is done before anything is measured.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 1)
        {
            foreach (var (_, set) in profiles)
            {
                foreach (var profile in set.Take(100))
                {
                    pipeline.Recommend(profile, new PhaseTotals(), explain);
                }
            }
        }

        foreach (var (name, set) in profiles)
        {
            var totals = new PhaseTotals();
            var calls = Math.Max(Rounds, set.Length);
            for (var i = 0; i < calls; i++)
            {
                pipeline.Recommend(set[i % set.Length], totals, explain);
            }

            var (planTicks, planBytes) = TimePlanner(set);
            Console.WriteLine();
            Console.WriteLine($"{name} ({calls} calls): mean per call");
            Console.WriteLine("| step | time | allocated | per call |");
            Console.WriteLine("|---|---:|---:|---:|");
            var steps = Enum.GetNames<Phase>().Append("Stages").Where(totals.Totals.ContainsKey).ToArray();
            foreach (var step in steps)
            {
                Console.WriteLine(Row(step, totals.Totals[step], calls));
            }

            var total = steps.Aggregate((Ticks: 0L, Bytes: 0L, Count: 0L), (sum, s) => (sum.Ticks + totals.Totals[s].Ticks, sum.Bytes + totals.Totals[s].Bytes, calls));
            Console.WriteLine(Row("**total**", total, calls));
            Console.WriteLine(Row("(inside fire) contract planner alone, on the same entries", (planTicks, planBytes, calls), calls));
            foreach (var rule in totals.Totals.Where(t => !steps.Contains(t.Key)).OrderByDescending(t => t.Value.Ticks))
            {
                Console.WriteLine(Row("(inside fire) " + rule.Key, rule.Value, calls));
            }
        }
    }

    /// <summary>The planner alone on the entries the rules made for each profile.</summary>
    private static (long Ticks, long Bytes) TimePlanner(MerchantRequirements[] set)
    {
        var tables = new CatalogTables(new RecommendationEngine(new RecommendationOptions()).PackageEdition);
        var engine = Contestants.Engine(cacheResults: false);
        var cases = new List<(RecommendationFact[] Entries, MerchantContextFact Context)>();
        foreach (var profile in set)
        {
            var call = tables.Gather(profile);
            var result = engine.Recommend(profile);
            var entries = result.Recommendations
                .Select(e => e.Path switch
                {
                    ApplicationPath.RecommendedPackage => RecommendationFact.ViaPackage(e.Service, e.PackageItem!.Value, e.Providers, LocalizableText.Of(e.Reason)),
                    ApplicationPath.ExistingContract => RecommendationFact.ViaExistingContract(e.Service, e.Providers, LocalizableText.Of(e.Reason)),
                    _ => RecommendationFact.ViaDirectSelection(e.Service, e.Providers, LocalizableText.Of(e.Reason), []),
                })
                .ToArray();
            cases.Add((entries, call.Context));
        }

        var calls = Math.Max(Rounds, set.Length);
        for (var i = 0; i < calls; i++)
        {
            var (entries, context) = cases[i % cases.Count];
            ContractPlanner.Plan(entries, context);
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            var (entries, context) = cases[i % cases.Count];
            ContractPlanner.Plan(entries, context);
        }

        return (Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    private static string Row(string step, (long Ticks, long Bytes, long Count) total, int calls) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {step} | {total.Ticks * 1e9 / Stopwatch.Frequency / calls:N0} ns | {(double)total.Bytes / calls:N0} B | {(double)total.Count / calls:0.##} |");
}
