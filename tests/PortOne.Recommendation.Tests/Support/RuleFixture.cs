using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NRules;
using NRules.Fluent;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// One built-in rule alone in a session with the facts of some requirements: what that rule decides, without the
/// others. Each rule is compiled once per test run.
/// </summary>
internal static class RuleFixture
{
    private static readonly ConcurrentDictionary<Type, ISessionFactory> Compiled = new();

    /// <summary>Runs one rule over the facts of <paramref name="requirements"/> (and, when given, extra facts such as
    /// entries that other rules would have made) and returns the facts it left in the session, besides the input.</summary>
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
        var facts = new List<object>();
        var catalog = ProviderCatalog.Default;
        var snapshot = RequirementsSnapshot.Of(requirements);
        var edition0 = catalog.Editions.Single(e => e.Edition == edition);
        var context = FactBuilder.AddTo(facts, snapshot, requirements.ExistingContracts, new EditionView(edition0, snapshot.ApiVersion), catalog);
        session.InsertAll(facts);
        session.InsertAll(extra);
        session.Fire();
        var inputs = new HashSet<object>(facts.Concat(extra), ReferenceEqualityComparer.Instance);
        var outputs = session.Query<object>().AsEnumerable().Where(f => !inputs.Contains(f)).ToList();
        return new RuleRun(outputs, fired, context);
    }

    internal sealed record RuleRun(IReadOnlyList<object> Outputs, IReadOnlyList<string> Fired, MerchantContextFact Context)
    {
        public IEnumerable<RecommendationFact> Entries => Outputs.OfType<RecommendationFact>();

        public IEnumerable<AdvisoryCode> Advisories => Outputs.OfType<AdvisoryFact>().Select(a => a.Code);
    }
}
