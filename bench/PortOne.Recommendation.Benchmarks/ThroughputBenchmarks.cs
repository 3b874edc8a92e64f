using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Throughput of one shared engine on one thread and on two threads at once, over the mix. Each thread answers the
/// whole mix, so two threads do twice the calls; the figures are per call, and one thread's mean divided by two
/// threads' mean is the throughput gain.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private const int Batch = Profiles.MixSize;

    private MerchantRequirements[] _mix = [];
    private RecommendationEngine _engine = null!;

    [Params(false, true)]
    public bool CacheResults { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _mix = Profiles.Mix();
        _engine = Contestants.Engine(CacheResults);
        Parallel.Invoke(Answer, Answer);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public void OneThread() => Answer();

    [Benchmark(OperationsPerInvoke = 2 * Batch)]
    public void TwoThreads() => Parallel.Invoke(Answer, Answer);

    private void Answer()
    {
        foreach (var profile in _mix)
        {
            _engine.Recommend(profile);
        }
    }
}
