using System.Collections.Concurrent;
using System.Threading;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>What a cached answer depends on: the requirements, the edition, the language and whether it explains.</summary>
internal readonly record struct ResultKey(RequirementsSnapshot Requirements, PackageEdition Edition, TextLanguage Language, bool Explain = false, bool Onboarding = false);

/// <summary>
/// A bounded, thread-safe memo of answers. It keeps two generations of up to <c>size</c> answers each: new answers go
/// into the current one; when it is full, it becomes the previous generation and the old previous one is dropped. An
/// answer found in the previous generation is copied into the current one. So the <c>size</c> answers asked for last
/// are always held (a working set of up to <c>size</c> profiles never misses once warm), and never more than twice as
/// many. The dictionaries grow as they fill; nothing is allocated up front.
/// </summary>
internal sealed class ResultCache(int size)
{
    private Generations _generations = new(new Generation(), new Generation());

    /// <summary>Gets the number of answers held, for tests.</summary>
    public int Count
    {
        get
        {
            var generations = Volatile.Read(ref _generations);
            return generations.Current.Entries.Count + generations.Previous.Entries.Count;
        }
    }

    public bool TryGet(in ResultKey key, out RecommendationResult result)
    {
        var generations = Volatile.Read(ref _generations);
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

    /// <summary>Stores an answer (results are immutable, so it is shared as it is) and returns it.</summary>
    public RecommendationResult Add(in ResultKey key, RecommendationResult result)
    {
        Add(Volatile.Read(ref _generations).Current, key, result);
        return result;
    }

    private void Add(Generation current, ResultKey key, RecommendationResult result)
    {
        // Exactly one thread sees the count reach the size, so each generation is retired once, by that thread.
        if (current.Entries.TryAdd(key, result) && Interlocked.Increment(ref current.Count) == size)
        {
            Volatile.Write(ref _generations, new Generations(new Generation(), current));
        }
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<ResultKey, RecommendationResult> Entries = new();
#pragma warning disable SA1401, CA1051 // Incremented with Interlocked, so a field.
        public int Count;
#pragma warning restore SA1401, CA1051
    }

    private sealed record Generations(Generation Current, Generation Previous);
}
