using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace PortOne.Recommendation.WebService;

/// <summary>Whether the engine has compiled its rules.</summary>
internal sealed class WarmUpState
{
    private volatile bool _warm;

    public bool IsWarm => _warm;

    public void MarkWarm() => _warm = true;
}

/// <summary>Creates and warms the engine while the host starts, so that the first request does not pay for it. Warming up
/// is the concrete engine's business (<see cref="RecommendationEngine.WarmUp"/>), not the mockable interface's.</summary>
internal sealed class WarmUpService(RecommendationEngine engine, WarmUpState state) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        engine.WarmUp();
        state.MarkWarm();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Healthy once the engine has warmed up.</summary>
internal sealed class EngineHealthCheck(WarmUpState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsWarm
            ? HealthCheckResult.Healthy("The engine has compiled its rules.")
            : HealthCheckResult.Unhealthy("The engine is warming up."));
}
