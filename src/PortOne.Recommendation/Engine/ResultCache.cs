using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace PortOne.Recommendation;

/// <summary>
/// A bounded, thread-safe memo of answers, keyed by <see cref="RequirementsKey"/>. It keeps two generations: new
/// answers go into the current one; when that holds half the capacity, it becomes the previous generation and the
/// one before is dropped. A hit in the previous generation is copied into the current one, so answers that keep
/// being asked for survive and the cache forgets the least recently asked first.
/// </summary>
/// <remarks>
/// Thread safety: lookups and additions go to <see cref="ConcurrentDictionary{TKey, TValue}"/> instances; the pair of
/// generations is one immutable object swapped in with a single volatile write, and exactly one thread (the one whose
/// addition brings the count to the limit) swaps it. A thread that still holds the old pair may add one more entry to
/// the generation just retired, so the cache holds at most the capacity plus one entry per thread adding at that
/// moment. Stored results have read-only lists, because every caller of the same requirements shares them.
/// </remarks>
internal sealed class ResultCache
{
    private readonly int _generationSize;
    private volatile Generations _generations;

    public ResultCache(int capacity)
    {
        _generationSize = capacity / 2;
        _generations = new Generations(new Generation(_generationSize), new Generation(0));
    }

    /// <summary>Gets the number of answers held, for tests.</summary>
    internal int Count
    {
        get
        {
            var generations = _generations;
            return generations.Current.Entries.Count + generations.Previous.Entries.Count;
        }
    }

    public bool TryGet(in RequirementsKey key, out RecommendationResult result)
    {
        var generations = _generations;
        if (generations.Current.Entries.TryGetValue(key, out result!))
        {
            return true;
        }

        if (generations.Previous.Entries.TryGetValue(key, out result!))
        {
            Add(generations.Current, key, result);
            return true;
        }

        return false;
    }

    /// <summary>Stores an answer and returns the stored, shareable instance, which the caller should hand out.</summary>
    public RecommendationResult Add(in RequirementsKey key, RecommendationResult result)
    {
        var shared = ReadOnly(result);
        Add(_generations.Current, key, shared);
        return shared;
    }

    private void Add(Generation current, RequirementsKey key, RecommendationResult result)
    {
        if (current.Entries.TryAdd(key, result) && Interlocked.Increment(ref current.Count) == _generationSize)
        {
            _generations = new Generations(new Generation(_generationSize), current);
        }
    }

    private static RecommendationResult ReadOnly(RecommendationResult result)
    {
        var entries = new ServiceRecommendation[result.Recommendations.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = result.Recommendations[i];
            entries[i] = entry with { Providers = ReadOnly(entry.Providers), Steps = ReadOnly(entry.Steps) };
        }

        return new RecommendationResult(
            new ReadOnlyCollection<ServiceRecommendation>(entries),
            ReadOnly(result.Advisories),
            ReadOnly(result.Benefits),
            ReadOnly(result.FiredRules))
        {
            ContractPlan = ReadOnly(result.ContractPlan),
        };
    }

    private static ContractPlan ReadOnly(ContractPlan plan)
    {
        if (plan.Contracts.Count == 0 && plan.UncoveredServices.Count == 0)
        {
            return ContractPlan.Empty;
        }

        var contracts = new PlannedContract[plan.Contracts.Count];
        for (var i = 0; i < contracts.Length; i++)
        {
            var contract = plan.Contracts[i];
            contracts[i] = contract with { Services = ReadOnly(contract.Services), AddOns = ReadOnly(contract.AddOns) };
        }

        return new ContractPlan(new ReadOnlyCollection<PlannedContract>(contracts), ReadOnly(plan.UncoveredServices));
    }

    private static ReadOnlyCollection<T> ReadOnly<T>(IReadOnlyList<T> list)
    {
        var copy = new T[list.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = list[i];
        }

        return new ReadOnlyCollection<T>(copy);
    }

    private sealed class Generation(int capacity)
    {
        public readonly ConcurrentDictionary<RequirementsKey, RecommendationResult> Entries = new(concurrencyLevel: 1, capacity);
#pragma warning disable SA1401, CA1051 // Incremented with Interlocked, so a field.
        public int Count;
#pragma warning restore SA1401, CA1051
    }

    private sealed record Generations(Generation Current, Generation Previous);
}
