using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// The contract plan by brute force: every subset of the providers that cover at least one need is tried, and the
/// best by the documented order wins (fewest new contracts, fewest contracts, most package providers, earliest
/// providers). Shares no code with the library's planner.
/// </summary>
internal static class PlanOracle
{
    private static readonly ConcurrentDictionary<string, PaymentProvider[]> Chosen = new();

    public static ContractPlan Plan(
        IReadOnlyList<DecisionTable.ExpectedItem> items,
        IReadOnlyList<Need> needs,
        IReadOnlyList<PaymentProvider> existing,
        IReadOnlySet<PaymentProvider> package,
        PortOneApiVersion? api)
    {
        var uncovered = needs.Where(n => n.Candidates.Length == 0).Select(n => n.Service).Distinct().Order().ToArray();
        var coverable = needs.Where(n => n.Candidates.Length > 0).ToArray();
        if (coverable.Length == 0)
        {
            return new ContractPlan([], uncovered);
        }

        bool Via(PaymentService service, PaymentProvider provider, ApplicationPath path) =>
            items.Any(i => i.Service == service && i.Path == path && i.Providers.Contains(provider));

        var key = string.Join("|", coverable.Select(n => string.Join(",", n.Candidates)).Distinct().Order())
            + "#" + string.Join(",", existing.Order()) + "#" + string.Join(",", package.Order());
        var chosen = Chosen.GetOrAdd(key, _ => BruteForce(coverable, existing, package));

        var contracts = new List<PlannedContract>();
        foreach (var provider in chosen)
        {
            var assigned = coverable.Where(n => Assignee(n, chosen, existing, package, Via) == provider).ToArray();
            var services = assigned.Select(n => n.Service).Distinct().Order().ToArray();
            var addOns = assigned
                .SelectMany(n => PinnedCatalog.AddOns.Where(a =>
                    a.Capabilities.Contains(n.Capability) && (a.Providers.Length == 0 || a.Providers.Contains(provider)) && DecisionTable.Serves(a.Api, api)))
                .Select(a => a.AddOn)
                .Distinct()
                .Order()
                .ToArray();
            if (services.Length > 0)
            {
                var routes = services.Select(s => new PlannedService(
                    s,
                    Via(s, provider, ApplicationPath.ExistingContract) ? ApplicationPath.ExistingContract
                    : Via(s, provider, ApplicationPath.RecommendedPackage) ? ApplicationPath.RecommendedPackage
                    : ApplicationPath.DirectSelection)).ToArray();
                contracts.Add(new PlannedContract(provider, services, addOns, existing.Contains(provider), package.Contains(provider)) { Routes = routes });
            }
        }

        return new ContractPlan(contracts, uncovered);
    }

    private static PaymentProvider Assignee(
        Need need,
        PaymentProvider[] chosen,
        IReadOnlyList<PaymentProvider> existing,
        IReadOnlySet<PaymentProvider> package,
        Func<PaymentService, PaymentProvider, ApplicationPath, bool> via) =>
        need.Candidates
            .Where(chosen.Contains)
            .OrderBy(p => existing.Contains(p) ? 0 : 1)
            .ThenBy(p => via(need.Service, p, ApplicationPath.RecommendedPackage) ? 0 : 1)
            .ThenBy(p => package.Contains(p) ? 0 : 1)
            .ThenBy(p => p)
            .First();

    private static PaymentProvider[] BruteForce(Need[] needs, IReadOnlyList<PaymentProvider> existing, IReadOnlySet<PaymentProvider> package)
    {
        var providers = needs.SelectMany(n => n.Candidates).Distinct().Order().ToArray();
        var n = providers.Length;
        var coverage = new int[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < needs.Length; j++)
            {
                if (needs[j].Candidates.Contains(providers[i]))
                {
                    coverage[i] |= 1 << j;
                }
            }
        }

        var existingMask = 0;
        var packageMask = 0;
        for (var i = 0; i < n; i++)
        {
            existingMask |= existing.Contains(providers[i]) ? 1 << i : 0;
            packageMask |= package.Contains(providers[i]) ? 1 << i : 0;
        }

        var all = (1 << needs.Length) - 1;
        var covered = new int[1 << n];
        var best = -1;
        (int New, int Total, int NotInPackage) bestCost = default;
        for (var set = 1; set < 1 << n; set++)
        {
            var lowest = BitOperations.TrailingZeroCount(set);
            covered[set] = covered[set & (set - 1)] | coverage[lowest];
            if (covered[set] != all)
            {
                continue;
            }

            var cost = (BitOperations.PopCount((uint)(set & ~existingMask)), BitOperations.PopCount((uint)set), BitOperations.PopCount((uint)(set & ~packageMask)));
            var better = best < 0 || cost.CompareTo(bestCost) < 0
                || (cost.CompareTo(bestCost) == 0 && (set & -(set ^ best) & (set ^ best)) != 0);
            if (better)
            {
                best = set;
                bestCost = cost;
            }
        }

        return Enumerable.Range(0, n).Where(i => (best & (1 << i)) != 0).Select(i => providers[i]).ToArray();
    }

    internal sealed record Need(PaymentService Service, ProviderCapability Capability, PaymentProvider[] Candidates);
}
