using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// Works out the contract plan: the set of providers that covers every need at the lowest cost, exactly.
/// </summary>
/// <remarks>
/// Cost, compared in this order: new contracts (a contract the merchant already has costs none), contracts overall,
/// then more providers of the package edition is better, then the earlier providers in <see cref="PaymentProvider"/>
/// order. A need with a single candidate forces that provider; the rest is searched by subsets of growing size, up to
/// the size beyond which no subset can need fewer new contracts. The space is small (a few needs, at most a few dozen
/// providers), so the search is exhaustive where it matters and cheap.
/// </remarks>
internal static class ContractPlanner
{
    public static ContractPlan Plan(
        IReadOnlyCollection<CoverageFact> coverage,
        MerchantContextFact context,
        IReadOnlyList<CatalogAddOn> addOns)
    {
        var covered = coverage.Where(c => c.Providers.Count > 0).ToArray();
        var uncovered = coverage
            .Where(c => c.Providers.Count == 0)
            .Select(c => c.Need.Service)
            .Distinct()
            .OrderBy(s => s)
            .ToArray();
        if (covered.Length == 0)
        {
            return uncovered.Length == 0 ? ContractPlan.Empty : new ContractPlan(Array.Empty<PlannedContract>(), uncovered);
        }

        var chosen = Choose(covered, context);
        var contracts = chosen
            .OrderBy(p => p)
            .Select(p => Contract(p, covered, chosen, context, addOns))
            .Where(c => c.Services.Count > 0)
            .ToArray();
        return new ContractPlan(contracts, uncovered);
    }

    /// <summary>The cost of a set of providers; lower is better.</summary>
    internal static (int New, int Total, int NotInPackage) Cost(IReadOnlyCollection<PaymentProvider> providers, MerchantContextFact context) =>
        (providers.Count(p => !context.IsExisting(p)), providers.Count, providers.Count(p => !context.Edition.Providers.Contains(p)));

    /// <summary>Orders two equally costly sets: the one whose sorted providers come first wins.</summary>
    internal static int CompareProviders(IReadOnlyList<PaymentProvider> left, IReadOnlyList<PaymentProvider> right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var order = left[i].CompareTo(right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static PaymentProvider[] Choose(CoverageFact[] covered, MerchantContextFact context)
    {
        // A need with one candidate forces it.
        var forced = covered.Where(c => c.Providers.Count == 1).Select(c => c.Providers[0]).Distinct().ToList();
        var open = covered.Where(c => !c.Providers.Any(forced.Contains)).ToArray();
        if (open.Length == 0)
        {
            return [.. forced];
        }

        var candidates = open.SelectMany(c => c.Providers).Distinct().OrderBy(p => p).ToArray();
        var masks = new long[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            for (var n = 0; n < open.Length; n++)
            {
                if (open[n].Providers.Contains(candidates[i]))
                {
                    masks[i] |= 1L << n;
                }
            }
        }

        var all = (1L << open.Length) - 1;
        var existing = candidates.Count(context.IsExisting);
        PaymentProvider[]? best = null;
        (int New, int Total, int NotInPackage) bestCost = default;
        var limit = candidates.Length;
        var indices = new int[candidates.Length];
        for (var size = 1; size <= limit; size++)
        {
            // Combinations of `size` candidates in lexicographic order.
            for (var i = 0; i < size; i++)
            {
                indices[i] = i;
            }

            while (true)
            {
                var mask = 0L;
                for (var i = 0; i < size; i++)
                {
                    mask |= masks[indices[i]];
                }

                if (mask == all)
                {
                    var set = forced.Concat(indices.Take(size).Select(i => candidates[i])).OrderBy(p => p).ToArray();
                    var cost = Cost(set, context);
                    if (best is null || cost.CompareTo(bestCost) < 0 || (cost.CompareTo(bestCost) == 0 && CompareProviders(set, best) < 0))
                    {
                        if (best is null)
                        {
                            // No larger subset can need fewer new contracts than this smallest cover once it is
                            // bigger by more than the number of existing contracts among the candidates.
                            limit = Math.Min(candidates.Length, size + existing);
                        }

                        best = set;
                        bestCost = cost;
                    }
                }

                var next = size - 1;
                while (next >= 0 && indices[next] == candidates.Length - size + next)
                {
                    next--;
                }

                if (next < 0)
                {
                    break;
                }

                indices[next]++;
                for (var i = next + 1; i < size; i++)
                {
                    indices[i] = indices[i - 1] + 1;
                }
            }
        }

        return best!;
    }

    private static PlannedContract Contract(
        PaymentProvider provider,
        CoverageFact[] covered,
        PaymentProvider[] chosen,
        MerchantContextFact context,
        IReadOnlyList<CatalogAddOn> addOns)
    {
        var services = new SortedSet<PaymentService>();
        var needed = new SortedSet<ContractAddOn>();
        foreach (var coverage in covered)
        {
            if (Assignee(coverage, chosen, context) != provider)
            {
                continue;
            }

            services.Add(coverage.Need.Service);
            foreach (var addOn in addOns)
            {
                if (addOn.AppliesTo(provider, coverage.Need.Capability))
                {
                    needed.Add(addOn.AddOn);
                }
            }
        }

        return new PlannedContract(
            provider,
            services.ToArray(),
            needed.ToArray(),
            context.IsExisting(provider),
            context.Edition.Providers.Contains(provider));
    }

    /// <summary>The chosen provider a need goes to: an existing contract first, then the package's, then the first.</summary>
    internal static PaymentProvider Assignee(CoverageFact coverage, IReadOnlyCollection<PaymentProvider> chosen, MerchantContextFact context) =>
        coverage.Providers
            .Where(chosen.Contains)
            .OrderBy(p => context.IsExisting(p) ? 0 : 1)
            .ThenBy(p => context.Edition.Providers.Contains(p) ? 0 : 1)
            .ThenBy(p => p)
            .First();
}
