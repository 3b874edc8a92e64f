using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NRules;
using NRules.Fluent;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// One built-in rule alone in a session, run as the engine runs a call: the call fact of some requirements, the
/// decisions, then, when there are entries (the rule's own or given ones) or a given plan, the plan fact. What that
/// rule decides, without the others. Each rule is compiled once per test run.
/// </summary>
internal static class RuleFixture
{
    private static readonly ConcurrentDictionary<Type, ISessionFactory> Compiled = new();

    /// <summary>Runs one rule over the call of <paramref name="requirements"/> and returns what it emitted.
    /// <paramref name="extra"/> may hold entries that other rules would have made, and a <see cref="ContractPlan"/>
    /// to use instead of the one the entries give.</summary>
    public static RuleRun Run<TRule>(MerchantRequirements requirements, PackageEdition edition = PackageEdition.May2025, params object[] extra)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        var factory = Compiled.GetOrAdd(typeof(TRule), type =>
        {
            var repository = new RuleRepository();
            repository.Load(spec => spec.PrivateTypes().From(type));
            return repository.Compile();
        });
        var session = factory.CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        var catalog = ProviderCatalog.Default;
        var snapshot = RequirementsSnapshot.Of(requirements);
        var edition0 = catalog.Editions.Single(e => e.Edition == edition);
        var call = new CallFact();
        call.Reset(snapshot, requirements.ExistingContracts, new EditionView(edition0, snapshot.ApiVersion), catalog, explain: false);
        session.Insert(call);
        session.Fire();

        var entries = call.Outputs.Entries.Select(e => e.Value).Concat(extra.OfType<RecommendationFact>()).ToList();
        var given = extra.OfType<ContractPlan>().SingleOrDefault();
        ContractPlan? plan = null;
        if (entries.Count > 0 || given is not null)
        {
            plan = given ?? ContractPlanner.Plan(entries, call.Context);
            var planFact = new ContractPlanFact();
            planFact.Set(plan, entries, call);
            session.Insert(planFact);
            session.Fire();
        }

        var outputs = new List<object>();
        outputs.AddRange(call.Outputs.Entries.Select(e => e.Value));
        outputs.AddRange(call.Outputs.Advisories.Select(a => a.Value));
        outputs.AddRange(call.Outputs.Benefits.Select(b => new BenefitFact(b.Value)));
        outputs.AddRange(call.Outputs.Reasons.Select(r => r.Value));
        return new RuleRun(outputs, fired, call.Context, plan);
    }

    internal sealed record RuleRun(IReadOnlyList<object> Outputs, IReadOnlyList<string> Fired, MerchantContextFact Context, ContractPlan? Plan)
    {
        public IEnumerable<RecommendationFact> Entries => Outputs.OfType<RecommendationFact>();

        public IEnumerable<AdvisoryCode> Advisories => Outputs.OfType<AdvisoryFact>().Select(a => a.Code);
    }
}
