using System.Collections.Generic;
using System.Linq;
using NRules;
using NRules.Fluent;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The engine's own rules in NRules with none of the engine's work around them: one reused session, the catalog's facts inserted once, the requirement
/// facts inserted, the rules fired, every fact retracted; no events, no result. What these rules cost in NRules
/// itself, the part of the engine's uncached time that the engine cannot remove without changing the rules.
/// </summary>
public sealed class BareNRules
{
    private readonly ISession _session;
    private readonly List<object> _facts = new(8);
    private readonly List<object> _all = new(32);
    private readonly CatalogEdition _edition = ProviderCatalog.Default.Edition(PackageEdition.July2025);

    public BareNRules()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(RecommendationEngine).Assembly));
        _session = repository.Compile().CreateSession();
        _session.InsertAll(ProviderCatalog.Default.CapabilityGroups);
    }

    /// <returns>The number of rules that fired.</returns>
    public int Run(MerchantRequirements requirements)
    {
        _facts.Clear();
        RequirementFacts.AddTo(_facts, requirements, _edition);
        _session.InsertAll(_facts);
        var fired = _session.Fire();
        _all.Clear();
        _all.AddRange(((IEnumerable<object>)_session.Query<object>()).Where(f => f is not CapabilityProvidersFact));
        _session.TryRetractAll(_all, BatchOptions.SkipFailed);
        return fired;
    }
}
