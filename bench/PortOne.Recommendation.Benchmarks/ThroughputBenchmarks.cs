using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Throughput of one shared engine on one thread and on two threads at once, over the mix, with the result cache off
/// (every call runs the rules) and on (every call is a cache hit). Each thread answers the whole mix the same number
/// of times, so two threads do twice the calls; the figures are per call, and one thread's mean divided by two
/// threads' mean is the throughput gain. Cache hits are so quick that a thread answers the mix many times per
/// invocation, so that the time to start the second thread does not count.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ThroughputBenchmarks
{
    private const int Batch = Profiles.MixSize;
    private const int CachedRounds = 100;

    private MerchantRequirements[] _mix = [];
    private RecommendationEngine _uncached = null!;
    private RecommendationEngine _cached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mix = Profiles.Mix();
        _uncached = Contestants.Engine(cacheResults: false);
        _cached = Contestants.Engine(cacheResults: true);
        Parallel.Invoke(() => Answer(_uncached, 1), () => Answer(_cached, 1));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("CacheOff")]
    public void CacheOff_OneThread() => Answer(_uncached, 1);

    [Benchmark(OperationsPerInvoke = 2 * Batch)]
    [BenchmarkCategory("CacheOff")]
    public void CacheOff_TwoThreads() => Parallel.Invoke(() => Answer(_uncached, 1), () => Answer(_uncached, 1));

    [Benchmark(Baseline = true, OperationsPerInvoke = CachedRounds * Batch)]
    [BenchmarkCategory("CacheOn")]
    public void CacheOn_OneThread() => Answer(_cached, CachedRounds);

    [Benchmark(OperationsPerInvoke = 2 * CachedRounds * Batch)]
    [BenchmarkCategory("CacheOn")]
    public void CacheOn_TwoThreads() => Parallel.Invoke(() => Answer(_cached, CachedRounds), () => Answer(_cached, CachedRounds));

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
