using System;
using BenchmarkDotNet.Attributes;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// One call of each contestant on the same profiles. Every invocation answers a batch of
/// <see cref="Profiles.MixSize"/> profiles (the typical shop or everything asked, as that many equal instances, or
/// the mix), so the figures are per call. The floor is the baseline of the ratio column. <c>AllContracts</c> is every need
/// with an existing contract with every provider, the slowest kind of profile (see <see cref="Sweep"/>).
/// </summary>
[MemoryDiagnoser]
public class RecommendBenchmarks
{
    private const int Batch = Profiles.MixSize;

    private MerchantRequirements[] _profiles = [];
    private Floor _floor = null!;
    private RecommendationEngine _cached = null!;
    private RecommendationEngine _uncached = null!;
    private static readonly RecommendationContext Explain = new() { Explain = true };
    private RulesEngineContestant _rulesEngine = null!;
    private RawNRules _rawNRules = null!;
    private BareNRules _bareNRules = null!;

    [Params("TypicalShop", "EverythingAsked", "Mix1000", "AllContracts")]
    public string Profile { get; set; } = "TypicalShop";

    [GlobalSetup]
    public void Setup()
    {
        Agreement.Check();
        _profiles = Profile switch
        {
            "TypicalShop" => Profiles.Repeat(Profiles.TypicalShop),
            "EverythingAsked" => Profiles.Repeat(Profiles.EverythingAsked),
            "Mix1000" => Profiles.Mix(),
            "AllContracts" => Profiles.Repeat(Profiles.AllContracts),
            _ => throw new InvalidOperationException("Unknown profile " + Profile),
        };
        _floor = Contestants.Floor();
        _rulesEngine = Contestants.RulesEngine();
        _rawNRules = new RawNRules();
        _bareNRules = new BareNRules();

        // Cached: every profile of the batch was seen before. Uncached: the cache is off, so every call does the
        // work of a first-time profile; the engine is warmed on the whole mix first.
        _cached = Contestants.Engine(cacheResults: true);
        _uncached = Contestants.Engine(cacheResults: false);
        foreach (var profile in Profiles.Mix())
        {
            _uncached.Recommend(profile);
            _uncached.Recommend(profile, Explain);
        }

        foreach (var profile in _profiles)
        {
            _cached.Recommend(profile);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int Floor()
    {
        var entries = 0;
        foreach (var profile in _profiles)
        {
            entries += _floor.Recommend(profile).Recommendations.Count;
        }

        return entries;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Engine_Cached()
    {
        var entries = 0;
        foreach (var profile in _profiles)
        {
            entries += _cached.Recommend(profile).Recommendations.Count;
        }

        return entries;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Engine_Uncached()
    {
        var entries = 0;
        foreach (var profile in _profiles)
        {
            entries += _uncached.Recommend(profile).Recommendations.Count;
        }

        return entries;
    }

    /// <summary>The same calls with an explanation (<see cref="RecommendationContext.Explain"/>): what asking for one costs.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Engine_Uncached_Explained()
    {
        var reasons = 0;
        foreach (var profile in _profiles)
        {
            reasons += _uncached.Recommend(profile, Explain).Explanation!.Services.Count;
        }

        return reasons;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int RulesEngine()
    {
        var entries = 0;
        foreach (var profile in _profiles)
        {
            entries += _rulesEngine.Recommend(profile).Recommendations.Count;
        }

        return entries;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int NRules_SameRulesBare()
    {
        var fired = 0;
        foreach (var profile in _profiles)
        {
            fired += _bareNRules.Run(profile);
        }

        return fired;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int NRules_FourTrivialRules()
    {
        var fired = 0;
        foreach (var profile in _profiles)
        {
            fired += _rawNRules.Run(profile);
        }

        return fired;
    }
}
