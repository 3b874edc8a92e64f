using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Throughput of one shared engine on one thread and on two threads at once, over the mix, with the result cache off
/// (every call runs the rules) and on (every call is a cache hit). Each thread answers the whole mix the same number
/// of times, so two threads do twice the calls; the figures are per call, and one thread's mean divided by two
/// threads' mean is the throughput gain. The two threads are dedicated threads, started together, so that neither
/// waits for a pool thread; cache hits are so quick that each thread answers the mix many times per invocation, so
/// that starting the threads does not count. A control pair runs a plain arithmetic loop the same way: its gain is what
/// the machine offers two threads at the time of the run (on a shared machine, often less than two cores).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ThroughputBenchmarks
{
    private const int Batch = Profiles.MixSize;
    private const int CachedRounds = 250;
    private const int ControlSteps = 10_000_000;

    private MerchantRequirements[] _mix = [];
    private RecommendationEngine _uncached = null!;
    private RecommendationEngine _cached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mix = Profiles.Mix();
        _uncached = Contestants.Engine(cacheResults: false);
        _cached = Contestants.Engine(cacheResults: true);
        InTwoThreads(() => Answer(_uncached, 1), () => Answer(_cached, 1));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("CacheOff")]
    public void CacheOff_OneThread() => Answer(_uncached, 1);

    [Benchmark(OperationsPerInvoke = 2 * Batch)]
    [BenchmarkCategory("CacheOff")]
    public void CacheOff_TwoThreads() => InTwoThreads(() => Answer(_uncached, 1), () => Answer(_uncached, 1));

    [Benchmark(Baseline = true, OperationsPerInvoke = CachedRounds * Batch)]
    [BenchmarkCategory("CacheOn")]
    public void CacheOn_OneThread() => Answer(_cached, CachedRounds);

    [Benchmark(OperationsPerInvoke = 2 * CachedRounds * Batch)]
    [BenchmarkCategory("CacheOn")]
    public void CacheOn_TwoThreads() => InTwoThreads(() => Answer(_cached, CachedRounds), () => Answer(_cached, CachedRounds));

    [Benchmark(Baseline = true, OperationsPerInvoke = ControlSteps)]
    [BenchmarkCategory("Control")]
    public long Control_OneThread() => Loop();

    [Benchmark(OperationsPerInvoke = 2 * ControlSteps)]
    [BenchmarkCategory("Control")]
    public void Control_TwoThreads() => InTwoThreads(() => Loop(), () => Loop());

    /// <summary>Arithmetic only: no memory traffic, no allocation, no shared state.</summary>
    private static long Loop()
    {
        long x = 0;
        for (long i = 0; i < ControlSteps; i++)
        {
            x += (i * i) ^ (x >> 3);
        }

        return x;
    }

    private static void InTwoThreads(ThreadStart first, ThreadStart second)
    {
        var threads = new[] { new Thread(first), new Thread(second) };
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    private void Answer(RecommendationEngine engine, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var profile in _mix)
            {
                engine.Recommend(profile);
            }
        }
    }
}
