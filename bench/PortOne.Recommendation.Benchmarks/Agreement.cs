using System;
using System.Collections.Generic;
using System.Linq;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Checks that the comparison is honest: the floor, the engine (cache on and off), the RulesEngine workflows and the
/// step-by-step pipeline that <c>--phases</c> times return equal results (<see cref="RecommendationResult.Equals(RecommendationResult)"/>:
/// entries with their providers, steps and reasons, advisories, benefits, the contract plan and the edition; the fired
/// rules are a diagnostic outside equality) for every profile the benchmarks use. The benchmarks run it before
/// measuring, and CI runs it through <c>--validate</c>.
/// </summary>
public static class Agreement
{
    public static IEnumerable<MerchantRequirements> AllBenchmarkProfiles() =>
        Profiles.Mix()
            .Append(Profiles.TypicalShop())
            .Append(Profiles.EverythingAsked())
            .Append(Profiles.AllContracts())
            .Append(Profiles.AllContracts() with { ApiVersion = PortOneApiVersion.V1 })
            .Append(Profiles.AllContracts() with { ApiVersion = PortOneApiVersion.V2 })
            .Append(Profiles.AllContracts() with { RecurringOverseasCards = true, ApiVersion = PortOneApiVersion.V1 })
            .Append(Profiles.AllContracts() with { RecurringOverseasCards = true, BusinessRegisteredAbroad = true, ApiVersion = PortOneApiVersion.V2 })
            .Append(Profiles.EverythingAsked() with { BusinessRegisteredAbroad = true })
            .Append(new MerchantRequirements());

    /// <summary>Returns the number of profiles checked.</summary>
    /// <exception cref="InvalidOperationException">A contestant disagrees; the message names the profile.</exception>
    public static int Check()
    {
        var floor = Contestants.Floor();
        var rulesEngine = Contestants.RulesEngine();
        var cached = Contestants.Engine(cacheResults: true);
        var uncached = Contestants.Engine(cacheResults: false);
        var pipeline = new EnginePipeline(Contestants.Language, EnginePipeline.CompileBuiltInRules(compiler: null));
        var fastCompiled = new EnginePipeline(Contestants.Language, EnginePipeline.CompileBuiltInRules(new FastCompiler()));
        var count = 0;
        foreach (var profile in AllBenchmarkProfiles())
        {
            var expected = uncached.Recommend(profile);
            Compare("floor", floor.Recommend(profile), expected, profile);
            Compare("engine (cache on, first call)", cached.Recommend(profile), expected, profile);
            Compare("engine (cache on, second call)", cached.Recommend(profile), expected, profile);
            Compare("RulesEngine", rulesEngine.Recommend(profile), expected, profile);
            Compare("step-by-step pipeline", pipeline.Recommend(profile), expected, profile);
            Compare("pipeline, rules compiled by FastExpressionCompiler", fastCompiled.Recommend(profile), expected, profile);
            count++;
        }

        return count;
    }

    /// <summary>Says how many profiles agreed, and how many of the mix name an API version or existing contracts.</summary>
    public static string Report(int count)
    {
        var mix = Profiles.Mix();
        return $"{count} profiles ({mix.Count(p => p.ApiVersion is not null)} of the mix with an API version, "
            + $"{mix.Count(p => p.ExistingContracts.Count > 0)} with existing contracts, and every need with all {Enum.GetValues<PaymentProvider>().Length} "
            + "existing contracts on each API version): the floor, the engine (cache on and off), the RulesEngine workflows and the "
            + "step-by-step pipeline (rules compiled by the BCL or by FastExpressionCompiler) agree.";
    }

    private static void Compare(string contestant, RecommendationResult actual, RecommendationResult expected, MerchantRequirements profile)
    {
        if (!actual.Equals(expected))
        {
            throw new InvalidOperationException(
                $"{contestant} disagrees with the engine for {profile}:{Environment.NewLine}"
                + $"  engine:     {Describe(expected)}{Environment.NewLine}  {contestant}: {Describe(actual)}");
        }
    }

    private static string Describe(RecommendationResult result) =>
        string.Join(" | ", result.Recommendations.Select(r => $"{r.Service}/{r.Path}/{r.PackageItem}/{string.Join(",", r.Providers)}/{r.RuleName}/{r.Reason}/{string.Join(">", r.Steps)}"))
        + " ; " + string.Join(",", result.Advisories.Select(a => $"{a.Code}/{a.Service}:{a.Message}"))
        + " ; " + string.Join(",", result.Benefits.Select(b => $"{b.Code}:{b.Message}"))
        + " ; plan " + string.Join(",", result.ContractPlan.Contracts.Select(c => $"{c.Provider}[{string.Join("+", c.Services)}|{string.Join("+", c.AddOns)}|{(c.IsExisting ? "existing" : "new")}|{string.Join("+", c.Routes.Select(r => r.Path))}]"))
        + " uncovered " + string.Join(",", result.ContractPlan.UncoveredServices)
        + " ; edition " + result.Edition;
}
