using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Planning;

/// <summary>
/// Works out the contract plan from the answer's entries: exact, deterministic, and choosing only among the providers
/// the entries name for each service.
/// </summary>
/// <remarks>
/// <para>Each service whose entries name a provider becomes one need whose candidates are those providers; direct easy
/// pay becomes one need per brand (each brand is its own company's contract), whose candidates are the named companies
/// that carry that brand. The cost of a set of providers, compared in this order: new contracts (an existing contract
/// costs none), contracts overall, providers outside the package edition, then the earlier providers in
/// <see cref="PaymentProvider"/> order.</para>
/// <para>The search is a branch and bound over provider bit masks: needs whose candidates include another need's are
/// dropped (covering the smaller covers them), the open need with the fewest candidates is branched on, and a branch
/// stops once it cannot beat the best plan found. Each need then goes to a chosen candidate: an existing contract
/// first, then a provider the package entry names, then the earliest.</para>
/// </remarks>
internal static class ContractPlanner
{
    private static readonly int ServiceCount = EnumValues<PaymentService>.All.Length;

    public static ContractPlan Plan(IReadOnlyList<RecommendationFact> entries, MerchantContextFact context) =>
        Plan(entries, context, forced: null, new PlanScratch());

    /// <summary>Works out the plan with buffers of the caller's (one engine session's), so that a call allocates only
    /// the plan itself.</summary>
    public static ContractPlan Plan(IReadOnlyList<RecommendationFact> entries, MerchantContextFact context, PlanScratch scratch) =>
        Plan(entries, context, forced: null, scratch);

    /// <summary>The plan's cost: new contracts, contracts overall, contracts with providers outside the package edition.</summary>
    public static (int New, int Total, int Outside) CostOf(ContractPlan plan)
    {
        var cost = (New: 0, Total: 0, Outside: 0);
        foreach (var contract in plan.Contracts)
        {
            cost.Total++;
            cost.New += contract.IsExisting ? 0 : 1;
            cost.Outside += contract.IsInPackage ? 0 : 1;
        }

        return cost;
    }

    /// <summary>The cost of the plan as it would be if <paramref name="provider"/> had to serve
    /// <paramref name="service"/>, worked out with the caller's buffers and without building the plan.</summary>
    public static (int New, int Total, int Outside) CostWith(IReadOnlyList<RecommendationFact> entries, MerchantContextFact context, PaymentService service, PaymentProvider provider, PlanScratch scratch)
    {
        scratch.CostOnly = true;
        scratch.Cost = (0, 0, 0);
        try
        {
            // In cost-only mode the planner builds no contracts and leaves the cost in the scratch.
            Plan(entries, context, (service, provider), scratch);
            return scratch.Cost;
        }
        finally
        {
            scratch.CostOnly = false;
        }
    }

    private static ContractPlan Plan(IReadOnlyList<RecommendationFact> entries, MerchantContextFact context, (PaymentService Service, PaymentProvider Provider)? forced, PlanScratch scratch)
    {
        // What the entries name, per service and per way of applying.
        var named = scratch.Named;
        var viaPackage = scratch.ViaPackage;
        var viaExisting = scratch.ViaExisting;
        System.Array.Clear(named, 0, named.Length);
        System.Array.Clear(viaPackage, 0, viaPackage.Length);
        System.Array.Clear(viaExisting, 0, viaExisting.Length);
        var withEntries = 0;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var service = (int)entry.Service;
            if ((uint)service >= (uint)ServiceCount)
            {
                continue; // An undefined service: the result assembler reports the rule that made it.
            }

            withEntries |= 1 << service;
            var providers = ProviderSet.Of(entry.Providers).Mask;
            named[service] |= providers;
            if (entry.Path == ApplicationPath.RecommendedPackage)
            {
                viaPackage[service] |= providers;
            }
            else if (entry.Path == ApplicationPath.ExistingContract)
            {
                viaExisting[service] |= providers;
            }
        }

        var requirements = context.Requirements;
        var needs = scratch.Needs;
        needs.Clear();
        List<PaymentService>? uncovered = null;
        for (var service = 0; service < ServiceCount; service++)
        {
            if ((withEntries & (1 << service)) == 0)
            {
                continue;
            }

            if (named[service] == 0)
            {
                (uncovered ??= new List<PaymentService>(2)).Add((PaymentService)service);
                continue;
            }

            var capability = ServiceCapabilities.Of((PaymentService)service, requirements);
            if (capability == ProviderCapability.DirectEasyPay)
            {
                AddBrandNeeds(needs, named[service], context);
            }
            else
            {
                needs.Add(new Need((PaymentService)service, capability, named[service]));
            }
        }

        if (forced is { } force)
        {
            var bit = 1UL << (int)force.Provider;
            for (var i = 0; i < needs.Count; i++)
            {
                if (needs[i].Service == force.Service && (needs[i].Candidates & bit) != 0)
                {
                    needs[i] = needs[i] with { Candidates = bit };
                }
            }
        }

        if (needs.Count == 0)
        {
            return uncovered is null ? ContractPlan.Empty : new ContractPlan(ValueList<PlannedContract>.Empty, uncovered);
        }

        var existing = requirements.ExistingContracts.Mask;
        var inPackage = context.View.PackageProviderSet.Mask;
        var chosen = Choose(needs, existing, inPackage, scratch);
        if (scratch.CostOnly)
        {
            // Only the cost is asked for: the providers that serve a need, counted, with nothing built.
            scratch.Cost = CostOf(Serving(needs, chosen, existing, inPackage, viaPackage), existing, inPackage);
            return ContractPlan.Empty;
        }

        return new ContractPlan(
            Contracts(needs, chosen, existing, inPackage, viaPackage, viaExisting, context.Catalog, context.ApiVersion),
            uncovered ?? (IReadOnlyList<PaymentService>)ValueList<PaymentService>.Empty);
    }

    /// <summary>Direct easy pay: one need per brand, among the named companies that carry it (for a brand with no direct
    /// contract, the named PGs that carry it, as hub-type easy pay). When no named company
    /// carries any brand (a rule of yours named others), one need among everything named.</summary>
    private static void AddBrandNeeds(List<Need> needs, ulong named, MerchantContextFact context)
    {
        var before = needs.Count;
        foreach (var brand in ServiceCapabilities.EasyPayBrands(context.Requirements, context.View))
        {
            var route = context.Catalog.DirectEasyPayRoute(brand, context.ApiVersion);
            var candidates = named & route.Providers.Mask;
            if (candidates != 0)
            {
                needs.Add(new Need(PaymentService.EasyPay, route.ThroughPg ? ProviderCapability.HubEasyPay : ProviderCapability.DirectEasyPay, candidates));
            }
        }

        if (needs.Count == before)
        {
            needs.Add(new Need(PaymentService.EasyPay, ProviderCapability.DirectEasyPay, named));
        }
    }

    /// <summary>The cheapest set of providers that gives every need a candidate.</summary>
    internal static ulong Choose(IReadOnlyList<Need> needs, ulong existing, ulong inPackage) =>
        Choose(needs, existing, inPackage, new PlanScratch());

    private static ulong Choose(IReadOnlyList<Need> needs, ulong existing, ulong inPackage, PlanScratch scratch)
    {
        // Keep only the needs whose candidates contain no other need's candidates, each once.
        var minimal = scratch.Minimal(needs.Count);
        var count = 0;
        for (var i = 0; i < needs.Count; i++)
        {
            var keep = true;
            var mask = needs[i].Candidates;
            for (var j = 0; j < needs.Count && keep; j++)
            {
                var other = needs[j].Candidates;
                var isSubset = (other & ~mask) == 0;
                keep = !(isSubset && (other != mask || j < i));
            }

            if (keep)
            {
                minimal[count++] = mask;
            }
        }

        var search = scratch.Search;
        search.Reset(minimal, count, existing, inPackage);
        search.Run(0UL);
        return search.Best;
    }

    /// <summary>The chosen providers that get at least one need (each need goes to one, as <see cref="Contracts"/>
    /// assigns them).</summary>
    private static ulong Serving(List<Need> needs, ulong chosen, ulong existing, ulong inPackage, ulong[] viaPackage)
    {
        var serving = 0UL;
        for (var i = 0; i < needs.Count; i++)
        {
            serving |= 1UL << (int)Assign(needs[i], chosen, existing, inPackage, viaPackage);
        }

        return serving;
    }

    private static (int New, int Total, int Outside) CostOf(ulong set, ulong existing, ulong inPackage) =>
        (new ProviderSet(set & ~existing).Count, new ProviderSet(set).Count, new ProviderSet(set & ~inPackage).Count);

    /// <summary>The chosen candidate a need goes to: an existing contract, then one the package entry names, then one
    /// in the package, then the earliest.</summary>
    private static PaymentProvider Assign(Need need, ulong chosen, ulong existing, ulong inPackage, ulong[] viaPackage)
    {
        var options = need.Candidates & chosen;
        var preferred = options & existing;
        preferred = preferred != 0 ? preferred : options & viaPackage[(int)need.Service];
        preferred = preferred != 0 ? preferred : options & inPackage;
        return (PaymentProvider)ProviderSet.TrailingZeros(preferred != 0 ? preferred : options);
    }

    private static ValueList<PlannedContract> Contracts(
        List<Need> needs,
        ulong chosen,
        ulong existing,
        ulong inPackage,
        ulong[] viaPackage,
        ulong[] viaExisting,
        ProviderCatalog catalog,
        PortOneApiVersion? apiVersion)
    {
        // Each need goes to one chosen candidate: an existing contract, then one the package entry names, then the earliest.
        var assigned = new PaymentProvider[needs.Count];
        for (var i = 0; i < needs.Count; i++)
        {
            assigned[i] = Assign(needs[i], chosen, existing, inPackage, viaPackage);
        }

        var contracts = new List<PlannedContract>(new ProviderSet(chosen).Count);
        for (var mask = chosen; mask != 0; mask &= mask - 1)
        {
            var provider = (PaymentProvider)ProviderSet.TrailingZeros(mask);
            var services = 0;
            var addOns = 0;
            for (var i = 0; i < needs.Count; i++)
            {
                if (assigned[i] != provider)
                {
                    continue;
                }

                services |= 1 << (int)needs[i].Service;
                foreach (var addOn in catalog.AddOnsFor(provider, needs[i].Capability, apiVersion))
                {
                    addOns |= 1 << (int)addOn;
                }
            }

            if (services == 0)
            {
                continue;
            }

            var serviceList = new List<PaymentService>(4);
            var routes = new List<PlannedService>(4);
            var bit = 1UL << (int)provider;
            for (var service = 0; service < ServiceCount; service++)
            {
                if ((services & (1 << service)) == 0)
                {
                    continue;
                }

                serviceList.Add((PaymentService)service);
                var path = (viaExisting[service] & bit) != 0 ? ApplicationPath.ExistingContract
                    : (viaPackage[service] & bit) != 0 ? ApplicationPath.RecommendedPackage
                    : ApplicationPath.DirectSelection;
                routes.Add(new PlannedService((PaymentService)service, path));
            }

            var addOnList = new List<ContractAddOn>(2);
            for (var addOn = 0; addOns >> addOn != 0; addOn++)
            {
                if ((addOns & (1 << addOn)) != 0)
                {
                    addOnList.Add((ContractAddOn)addOn);
                }
            }

            contracts.Add(new PlannedContract(provider, serviceList, addOnList, (existing & bit) != 0, (inPackage & bit) != 0)
            {
                Routes = routes,
            });
        }

        return ValueList<PlannedContract>.Own([.. contracts]);
    }

    /// <summary>One thing a contract must cover: a service (for direct easy pay, one brand of it), the capability it
    /// takes, and the providers the entries name for it.</summary>
    internal readonly record struct Need(PaymentService Service, ProviderCapability Capability, ulong Candidates);

    /// <summary>The branch and bound over provider masks.</summary>
    internal sealed class Search
    {
        private ulong[] _needs = [];
        private int _count;
        private ulong _existing;
        private ulong _inPackage;
        private (int New, int Total, int Outside) _bestCost;

        public ulong Best { get; private set; }

        public void Reset(ulong[] needs, int count, ulong existing, ulong inPackage)
        {
            _needs = needs;
            _count = count;
            _existing = existing;
            _inPackage = inPackage;
            _bestCost = (int.MaxValue, int.MaxValue, int.MaxValue);
            Best = 0;
        }

        public void Run(ulong chosen)
        {
            // The open need with the fewest candidates.
            var open = -1;
            var fewest = int.MaxValue;
            var needs = _needs;
            for (var i = 0; i < _count; i++)
            {
                if ((needs[i] & chosen) == 0)
                {
                    var count = new ProviderSet(needs[i]).Count;
                    if (count < fewest)
                    {
                        fewest = count;
                        open = i;
                    }
                }
            }

            var cost = Cost(chosen);
            if (open < 0)
            {
                if (IsBetter(cost, chosen))
                {
                    _bestCost = cost;
                    Best = chosen;
                }

                return;
            }

            // Another provider is still needed, so a branch that cannot beat the best plan's new contracts and total
            // with one more provider stops here (the tie on both is settled by the later criteria, never by fewer).
            if (cost.New > _bestCost.New || (cost.New == _bestCost.New && cost.Total + 1 > _bestCost.Total))
            {
                return;
            }

            for (var mask = needs[open]; mask != 0; mask &= mask - 1)
            {
                Run(chosen | (mask & (~mask + 1)));
            }
        }

        private (int New, int Total, int Outside) Cost(ulong set) =>
            (new ProviderSet(set & ~_existing).Count, new ProviderSet(set).Count, new ProviderSet(set & ~_inPackage).Count);

        private bool IsBetter((int New, int Total, int Outside) cost, ulong set)
        {
            var order = cost.CompareTo(_bestCost);
            if (order != 0)
            {
                return order < 0;
            }

            // Equal cost means equal size: the set whose lowest differing provider it holds comes first.
            var difference = set ^ Best;
            return difference != 0 && (set & difference & (~difference + 1)) != 0;
        }
    }
}
