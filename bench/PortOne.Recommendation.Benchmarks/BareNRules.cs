using System.Collections.Generic;
using NRules;
using NRules.Fluent;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The engine's own rules in NRules with none of the engine's work around them: one reused session, the requirement
/// facts inserted, the rules fired, every fact retracted; no events, no result. What these rules cost in NRules
/// itself, the part of the engine's uncached time that the engine cannot remove without changing the rules.
/// </summary>
public sealed class BareNRules
{
    private readonly ISession _session;
    private readonly List<object> _facts = new(8);
    private readonly List<object> _all = new(32);

    public BareNRules()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(RecommendationEngine).Assembly));
        _session = repository.Compile().CreateSession();
    }

    /// <returns>The number of rules that fired.</returns>
    public int Run(MerchantRequirements requirements)
    {
        _facts.Clear();
        RequirementFacts.AddTo(_facts, requirements);
        _session.InsertAll(_facts);
        var fired = _session.Fire();
        _all.Clear();
        _all.AddRange((IEnumerable<object>)_session.Query<object>());
        _session.TryRetractAll(_all, BatchOptions.SkipFailed);
        return fired;
    }
}
