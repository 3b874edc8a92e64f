using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using PortOne.Recommendation.Tests.Support;
using Xunit.Abstractions;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// Walks the whole input space (74,304 profiles) in both languages and checks the engine, with its result cache off,
/// against the decision table and the contract's invariants. Marked as exhaustive: CI runs them once, against the
/// library's net8.0 build.
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class ExhaustiveTests(ITestOutputHelper output)
{
    [Fact]
    public void AllProfiles_CountIsTheFullInputSpace()
    {
        // 2^4 switches x 3 recurring x (1 + 2 x 64) easy pay x 4 identity x 3 mobile.
        DecisionTable.AllProfiles().Count().Should().Be(16 * 3 * 129 * 4 * 3);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void EveryProfile_MatchesDecisionTableAndInvariants(string language)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();
        var count = 0;

        // The engine is thread-safe, so the walk uses every core.
        System.Threading.Tasks.Parallel.ForEach(DecisionTable.AllProfiles(), requirements =>
        {
            System.Threading.Interlocked.Increment(ref count);
            var result = Engines.RecommendUncached(requirements, language);
            var problem = Check(requirements, result, language) ?? CheckBrandOrder(requirements, result, language);
            if (problem is not null && failures.Count < 20)
            {
                failures.Enqueue(problem + " for " + requirements);
            }
        });

        output.WriteLine($"{count} profiles in {stopwatch.ElapsedMilliseconds} ms ({language}).");
        count.Should().Be(16 * 3 * 129 * 4 * 3);
        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("May2025", 0)]
    [InlineData("October2025", 1)]
    [InlineData("November2025", 0)]
    [InlineData("December2025", 1)]
    [InlineData("April2026", 0)]
    [InlineData("April2025Kpn", 1)]
    [InlineData("April2025TossPayments", 0)]
    [InlineData("latest", 1)]
    public void EveryEditionAndApiVersion_HalfTheRepresentativeProfiles_MatchDecisionTable(string name, int half)
    {
        var choice = EditionChoice.Parse(name);
        var edition = choice.Edition ?? PackageEdition.April2026;
        var context = new RecommendationContext { Edition = choice };
        var failures = new List<string>();
        var count = 0;
        PortOneApiVersion?[] versions = [null, PortOneApiVersion.V1, PortOneApiVersion.V2];
        foreach (var profile in DecisionTable.AllProfiles().Where(HasRepresentativeBrands).Where((_, i) => i % 2 == half))
        {
            foreach (var version in versions)
            {
                count++;
                var requirements = profile with { ApiVersion = version };
                var problem = Check(requirements, Engines.Uncached.Recommend(requirements, context), "ko", edition);
                if (problem is not null && failures.Count < 20)
                {
                    failures.Add(problem + " for " + requirements);
                }
            }
        }

        output.WriteLine($"{count} profiles checked for {edition}.");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void ExistingContracts_SingleProvidersAndRandomPairs_MatchDecisionTable()
    {
        var engine = Engines.Uncached;
        var failures = new List<string>();
        var providers = Enum.GetValues<PaymentProvider>();
        var random = new Random(20261126);
        var profiles = DecisionTable.AllProfiles().Where(HasRepresentativeBrands).ToArray();
        var count = 0;
        var index = 0;
        foreach (var profile in profiles)
        {
            // Every provider alone for one profile in forty, and a random pair for one in three.
            var sets = new List<PaymentProvider[]>();
            if (index % 40 == 0)
            {
                sets.AddRange(providers.Select(p => new[] { p }));
            }

            if (index++ % 3 == 0)
            {
                sets.Add(providers.OrderBy(_ => random.Next()).Take(2).ToArray());
            }

            foreach (var existing in sets)
            {
                count++;
                var requirements = profile with
                {
                    ExistingContracts = existing,
                    ApiVersion = count % 3 == 0 ? PortOneApiVersion.V2 : null,
                };
                var problem = Check(requirements, engine.Recommend(requirements), "ko");
                if (problem is not null && failures.Count < 20)
                {
                    failures.Add(problem + " for " + requirements);
                }
            }
        }

        output.WriteLine($"{count} profiles with existing contracts checked.");
        failures.Should().BeEmpty();
    }

    /// <summary>Brand lists that stand for the others: none, each package brand, both, one outside, two outside
    /// without a direct company, and all six.</summary>
    private static bool HasRepresentativeBrands(MerchantRequirements requirements) =>
        requirements.EasyPay is not { } easyPay
        || easyPay.Brands.Count == 0
        || easyPay.Brands.SequenceEqual([EasyPayBrand.KakaoPay])
        || easyPay.Brands.SequenceEqual([EasyPayBrand.NaverPay])
        || easyPay.Brands.SequenceEqual([EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay])
        || easyPay.Brands.SequenceEqual([EasyPayBrand.TossPay])
        || easyPay.Brands.SequenceEqual([EasyPayBrand.KakaoPay, EasyPayBrand.Payco])
        || easyPay.Brands.SequenceEqual([EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay])
        || easyPay.Brands.Count == 6;

    [Fact]
    public void EveryBrandList_OrderDoesNotChangeTheAnswer()
    {
        var brands = Enum.GetValues<EasyPayBrand>();
        var checkedLists = 0;
        foreach (var integration in Enum.GetValues<EasyPayIntegration>())
        {
            for (var mask = 1; mask < 1 << brands.Length; mask++)
            {
                var subset = brands.Where(b => (mask & (1 << (int)b)) != 0).ToArray();
                var baseline = Recommend(subset, integration);
                foreach (var ordering in Orderings(subset))
                {
                    Recommend(ordering, integration).Should().Be(baseline, "brand order {0} must not matter", string.Join(",", ordering));
                    checkedLists++;
                }
            }
        }

        output.WriteLine($"{checkedLists} brand orderings checked.");
    }

    /// <summary>The same profile with the brands reversed must give an equal result.</summary>
    private static string? CheckBrandOrder(MerchantRequirements requirements, RecommendationResult result, string language)
    {
        if (requirements.EasyPay is not { Brands.Count: > 1 } easyPay)
        {
            return null;
        }

        var reversed = requirements with { EasyPay = easyPay with { Brands = easyPay.Brands.Reverse().ToArray() } };
        return Engines.RecommendUncached(reversed, language).Equals(result) ? null : "the answer changed with the brand order";
    }

    private static RecommendationResult Recommend(EasyPayBrand[] brands, EasyPayIntegration integration) =>
        Engines.Uncached.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            EasyPay = new EasyPayRequirement { Brands = brands, Integration = integration },
        });

    /// <summary>The reversed order, a rotation and (for up to four brands) every permutation.</summary>
    private static IEnumerable<EasyPayBrand[]> Orderings(EasyPayBrand[] brands)
    {
        yield return brands.Reverse().ToArray();
        yield return brands.Skip(1).Concat(brands.Take(1)).ToArray();
        if (brands.Length <= 4)
        {
            foreach (var permutation in Permutations(brands))
            {
                yield return permutation;
            }
        }
    }

    private static IEnumerable<EasyPayBrand[]> Permutations(EasyPayBrand[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    private static string? Check(
        MerchantRequirements requirements,
        RecommendationResult result,
        string language,
        PackageEdition edition = PackageEdition.May2025)
    {
        var expected = DecisionTable.For(requirements, edition);

        var actualItems = result.Recommendations
            .Select(r => (r.Service, r.Path, r.PackageItem, Providers: string.Join(",", r.Providers), r.RuleName))
            .ToList();
        var expectedItems = expected.Items
            .Select(i => (i.Service, i.Path, i.PackageItem, Providers: string.Join(",", i.Providers), i.RuleName))
            .ToList();
        if (!actualItems.SequenceEqual(expectedItems))
        {
            return $"items {string.Join(" | ", actualItems)} != {string.Join(" | ", expectedItems)}";
        }

        if (!result.Advisories.Select(a => a.Code).SequenceEqual(expected.Advisories))
        {
            return $"advisories {string.Join(",", result.Advisories.Select(a => a.Code))} != {string.Join(",", expected.Advisories)}";
        }

        if (!result.Benefits.Select(b => b.Code).SequenceEqual(expected.Benefits))
        {
            return "benefits differ";
        }

        if (!result.ContractPlan.Equals(expected.Plan))
        {
            return $"plan {Describe(result.ContractPlan)} != brute force {Describe(expected.Plan)}";
        }

        if (PlanContradictsEntries(result) is { } contradiction)
        {
            return contradiction;
        }

        var packageFirst = language == "en" ? "‘추천패키지’ (Recommended package)" : "‘추천패키지’";
        var directFirst = language == "en" ? "‘전자결제 직접 선택하기’ (Select e-payment directly)" : "‘전자결제 직접 선택하기’";
        var existingFirst = language == "en" ? "Add to an existing contract" : "기존 계약에 추가";
        foreach (var entry in result.Recommendations)
        {
            var first = entry.Path switch
            {
                ApplicationPath.RecommendedPackage => packageFirst,
                ApplicationPath.ExistingContract => existingFirst,
                _ => directFirst,
            };
            if (entry.Steps.Count < 2 || entry.Steps[0] != first)
            {
                return $"steps of {entry.Service} start wrongly: '{string.Join(" > ", entry.Steps)}'";
            }

            if ((entry.PackageItem is null) == (entry.Path == ApplicationPath.RecommendedPackage))
            {
                return $"package item and path disagree for {entry.Service}";
            }

            if (!entry.Providers.SequenceEqual(entry.Providers.Distinct().Order()))
            {
                return $"providers of {entry.Service} not in enum order";
            }

            if (!result.FiredRules.Contains(entry.RuleName))
            {
                return $"rule {entry.RuleName} is not in FiredRules";
            }
        }

        var texts = result.Recommendations.SelectMany(r => r.Steps.Append(r.Reason))
            .Concat(result.Advisories.Select(a => a.Message))
            .Concat(result.Benefits.Select(b => b.Message))
            .ToList();
        if (texts.Any(string.IsNullOrWhiteSpace))
        {
            return "an empty text";
        }

        if (language == "en" && texts.FirstOrDefault(Hangul.OutsideTranslatedLabels) is { } korean)
        {
            return $"Hangul in English text '{korean}'";
        }

        if (language == "ko" && !result.Recommendations.All(r => Hangul.In(r.Reason)))
        {
            return "a Korean reason without Hangul";
        }

        if (result.Advisories.Select(a => a.Code).Distinct().Count() != result.Advisories.Count)
        {
            return "an advisory code twice";
        }

        return null;
    }

    /// <summary>The invariants between the entries and the plan, which hold for any answer, whatever rules made it.</summary>
    internal static string? PlanContradictsEntries(RecommendationResult result)
    {
        var named = result.Recommendations
            .GroupBy(e => e.Service)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Providers).ToHashSet());
        foreach (var contract in result.ContractPlan.Contracts)
        {
            if (!contract.Routes.Select(r => r.Service).SequenceEqual(contract.Services))
            {
                return $"the routes of {contract.Provider} do not list its services";
            }

            foreach (var route in contract.Routes)
            {
                if (!named.TryGetValue(route.Service, out var providers) || !providers.Contains(contract.Provider))
                {
                    return $"the plan contracts {contract.Provider} for {route.Service}, which no entry for it names";
                }

                var entryPaths = result.Recommendations
                    .Where(e => e.Service == route.Service && e.Providers.Contains(contract.Provider))
                    .Select(e => e.Path)
                    .ToList();
                if (!entryPaths.Contains(route.Path))
                {
                    return $"the plan applies for {route.Service} at {contract.Provider} by {route.Path}, which no entry says";
                }
            }
        }

        var covered = result.ContractPlan.Contracts.SelectMany(c => c.Services).ToHashSet();
        foreach (var (service, providers) in named)
        {
            if (providers.Count > 0 && !covered.Contains(service))
            {
                return $"{service} has entries naming providers but no contract";
            }

            if (providers.Count == 0 && !result.ContractPlan.UncoveredServices.Contains(service))
            {
                return $"{service} has no provider but is not listed as uncovered";
            }
        }

        var signsThroughPackage = result.ContractPlan.Contracts.Any(c => !c.IsExisting && c.Routes.Any(r => r.Path == ApplicationPath.RecommendedPackage));
        if (signsThroughPackage != (result.Benefits.Count > 0))
        {
            return "benefits do not follow the plan's new package contracts";
        }

        return null;
    }

    private static string Describe(ContractPlan plan) =>
        string.Join("; ", plan.Contracts.Select(c =>
            $"{c.Provider}[{string.Join(",", c.Services)}]+[{string.Join(",", c.AddOns)}]{(c.IsExisting ? " existing" : "")}{(c.IsInPackage ? " package" : "")}"))
        + " uncovered [" + string.Join(",", plan.UncoveredServices) + "]";
}
