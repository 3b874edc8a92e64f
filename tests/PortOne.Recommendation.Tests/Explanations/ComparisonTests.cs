using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Explanations;

/// <summary>Comparisons over a sample of the space: none against itself, mirrored when swapped, and every change true of
/// the two answers.</summary>
[Trait("Category", "Exhaustive")]
public sealed class ComparisonTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.Create();

    public static TheoryData<string> Languages => new() { "ko", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EditionsAndApiVersions_SelfIsNoChange_SwapMirrors_ChangesAreTrue(string language)
    {
        var editions = Enum.GetValues<PackageEdition>();
        PortOneApiVersion?[] versions = [null, PortOneApiVersion.V1, PortOneApiVersion.V2];
        var context = new RecommendationContext { Culture = CultureInfo.GetCultureInfo(language) };
        var index = 0;
        foreach (var profile in DecisionTable.AllProfiles().Where((_, i) => i % 157 == 0))
        {
            var a = editions[index % editions.Length];
            var b = editions[(index * 3 + 1) % editions.Length];
            index++;
            var before = Engine.Recommend(profile, context with { Edition = a });
            var after = Engine.Recommend(profile, context with { Edition = b });
            RecommendationComparer.Compare(before, before).Changes.Should().BeEmpty();
            CheckPair(before, after);

            var v1 = profile with { ApiVersion = versions[index % 3] };
            var v2 = profile with { ApiVersion = versions[(index + 1) % 3] };
            CheckPair(Engine.Recommend(v1, context), Engine.Recommend(v2, context));
        }
    }

    [Fact]
    public void RequirementSets_SwapMirrors_ChangesAreTrue()
    {
        var profiles = DecisionTable.AllProfiles().Where((_, i) => i % 389 == 0).ToArray();
        for (var i = 0; i + 1 < profiles.Length; i++)
        {
            CheckPair(Engine.Recommend(profiles[i]), Engine.Recommend(profiles[i + 1]));
        }
    }

    [Fact]
    public void AnswersInTwoLanguages_CannotBeCompared()
    {
        var requirements = new MerchantRequirements { CardPayment = true };
        var act = () => RecommendationComparer.Compare(Engine.Recommend(requirements), Engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") }));
        act.Should().Throw<ArgumentException>().WithMessage("*same language*'ko'*'en'*");
    }

    private static void CheckPair(RecommendationResult before, RecommendationResult after)
    {
        var forward = RecommendationComparer.Compare(before, after);
        var backward = RecommendationComparer.Compare(after, before);
        Key(backward.Changes, swap: true).Should().Equal(Key(forward.Changes, swap: false), "comparing B with A mirrors A with B");
        forward.HasChanges.Should().Be(Differs(before, after));
        foreach (var change in forward.Changes)
        {
            IsTrue(change, before, after).Should().BeTrue($"the change '{change.Text}' ({change.Kind}) holds");
            change.Text.Should().NotBeNullOrWhiteSpace();
            Hangul.OutsideTranslatedLabels(change.Text).Should().Be(after.Language == "ko", change.Text);
            if (change.Kind is RecommendationChangeKind.AddOnAdded or RecommendationChangeKind.AddOnRemoved)
            {
                // A contract that comes or goes is one change; its add-ons are not listed with it.
                before.ContractPlan.Contracts.Should().Contain(c => c.Provider == change.Provider, change.Text);
                after.ContractPlan.Contracts.Should().Contain(c => c.Provider == change.Provider, change.Text);
            }
        }
    }

    /// <summary>Whether anything the comparison looks at differs: providers and paths per service, advisories,
    /// benefits, the plan's contracts, services, add-ons and uncovered services.</summary>
    private static bool Differs(RecommendationResult x, RecommendationResult y)
    {
        foreach (var service in Enum.GetValues<PaymentService>())
        {
            if (!Providers(x, service).SequenceEqual(Providers(y, service))
                || !Paths(x, service).SequenceEqual(Paths(y, service))
                || !Planned(x, service).SequenceEqual(Planned(y, service)))
            {
                return true;
            }
        }

        return !x.Advisories.ToHashSet().SetEquals(y.Advisories)
            || !x.Benefits.ToHashSet().SetEquals(y.Benefits)
            || !x.ContractPlan.Contracts.Select(c => c.Provider).ToHashSet().SetEquals(y.ContractPlan.Contracts.Select(c => c.Provider))
            || !AddOns(x).SetEquals(AddOns(y))
            || !x.ContractPlan.UncoveredServices.ToHashSet().SetEquals(y.ContractPlan.UncoveredServices);
    }

    private static bool IsTrue(RecommendationChange change, RecommendationResult before, RecommendationResult after)
    {
        var added = ((int)change.Kind & 1) == 0;
        var (now, then) = added ? (after, before) : (before, after);
        return change.Kind switch
        {
            RecommendationChangeKind.ProviderAdded or RecommendationChangeKind.ProviderRemoved =>
                Providers(now, change.Service!.Value).Contains(change.Provider!.Value) && !Providers(then, change.Service!.Value).Contains(change.Provider!.Value),
            RecommendationChangeKind.PathAdded or RecommendationChangeKind.PathRemoved =>
                Paths(now, change.Service!.Value).Contains(change.Path!.Value) && !Paths(then, change.Service!.Value).Contains(change.Path!.Value),
            RecommendationChangeKind.AdvisoryGained or RecommendationChangeKind.AdvisoryLost =>
                now.Advisories.Any(a => a.Code == change.Advisory && a.Service == change.Service && change.Text.EndsWith(": " + a.Message, StringComparison.Ordinal) && !then.Advisories.Contains(a)),
            RecommendationChangeKind.BenefitGained or RecommendationChangeKind.BenefitLost =>
                now.Benefits.Any(b => b.Code == change.Benefit && change.Text.EndsWith(": " + b.Message, StringComparison.Ordinal) && !then.Benefits.Contains(b)),
            RecommendationChangeKind.ContractAdded or RecommendationChangeKind.ContractRemoved =>
                now.ContractPlan.Contracts.Any(c => c.Provider == change.Provider) && !then.ContractPlan.Contracts.Any(c => c.Provider == change.Provider),
            RecommendationChangeKind.PlannedServiceAdded or RecommendationChangeKind.PlannedServiceRemoved =>
                Planned(now, change.Service!.Value).Contains(change.Provider!.Value) && !Planned(then, change.Service!.Value).Contains(change.Provider!.Value),
            RecommendationChangeKind.AddOnAdded or RecommendationChangeKind.AddOnRemoved =>
                AddOns(now).Contains((change.Provider!.Value, change.AddOn!.Value)) && !AddOns(then).Contains((change.Provider!.Value, change.AddOn!.Value)),
            _ => now.ContractPlan.UncoveredServices.Contains(change.Service!.Value) && !then.ContractPlan.UncoveredServices.Contains(change.Service!.Value),
        };
    }

    private static List<string> Key(IEnumerable<RecommendationChange> changes, bool swap) =>
        changes.Select(c => $"{(swap ? RecommendationComparer.Reverse(c.Kind) : c.Kind)}|{c.Service}|{c.Provider}|{c.Path}|{c.Advisory}|{c.Benefit}|{c.AddOn}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static PaymentProvider[] Providers(RecommendationResult r, PaymentService s) =>
        r.Recommendations.Where(e => e.Service == s).SelectMany(e => e.Providers).Distinct().Order().ToArray();

    private static ApplicationPath[] Paths(RecommendationResult r, PaymentService s) =>
        r.Recommendations.Where(e => e.Service == s).Select(e => e.Path).Distinct().Order().ToArray();

    private static PaymentProvider[] Planned(RecommendationResult r, PaymentService s) =>
        r.ContractPlan.Contracts.Where(c => c.Services.Contains(s)).Select(c => c.Provider).Order().ToArray();

    private static HashSet<(PaymentProvider, ContractAddOn)> AddOns(RecommendationResult r) =>
        r.ContractPlan.Contracts.SelectMany(c => c.AddOns.Select(a => (c.Provider, a))).ToHashSet();
}
