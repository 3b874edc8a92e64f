using System;
using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>Compares two answers: for one merchant between two editions or API versions, or between two requirement
/// sets (see <see cref="RecommendationEngineExtensions"/> for the calls that run both).</summary>
/// <remarks>
/// Comparing an answer with itself (or an equal one) gives no change, and comparing B with A gives the changes of A
/// with B with each kind swapped for its pair (added for removed, gained for lost). The sentences are written in the
/// answers' language, so both answers must be in the same one.
/// </remarks>
public static class RecommendationComparer
{
    /// <summary>Compares two answers.</summary>
    /// <param name="before">The answer to compare from.</param>
    /// <param name="after">The answer to compare to.</param>
    /// <returns>What changes from <paramref name="before"/> to <paramref name="after"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The answers are in different languages.</exception>
    public static RecommendationComparison Compare(RecommendationResult before, RecommendationResult after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        if (!string.Equals(before.Language, after.Language, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Both answers must be in the same language to be compared; one is '{before.Language}', the other '{after.Language}'.",
                nameof(after));
        }

        var language = after.Language == "en" ? TextLanguage.English : TextLanguage.Korean;
        var changes = new List<RecommendationChange>();
        foreach (var service in EnumValues<PaymentService>.All)
        {
            CompareSets(changes, Providers(before, service), Providers(after, service), RecommendationChangeKind.ProviderAdded, provider => new Change { Service = service, Provider = provider, Arguments = [service, provider] }, language);
            CompareSets(changes, Paths(before, service), Paths(after, service), RecommendationChangeKind.PathAdded, path => new Change { Service = service, Path = path, Arguments = [service, Localization.ConsolePaths.FirstStep(path)] }, language);
            CompareSets(changes, PlannedFrom(before.ContractPlan, service), PlannedFrom(after.ContractPlan, service), RecommendationChangeKind.PlannedServiceAdded, provider => new Change { Service = service, Provider = provider, Arguments = [provider, service] }, language);
        }

        CompareSets(changes, After(before.ContractPlan.UncoveredServices), After(after.ContractPlan.UncoveredServices), RecommendationChangeKind.ServiceUncovered, service => new Change { Service = service, Arguments = [service] }, language);
        CompareAdvisories(changes, before.Advisories, after.Advisories, language);
        CompareSets(changes, Benefits(before), Benefits(after), RecommendationChangeKind.BenefitGained, benefit => new Change { Benefit = benefit.Code, Arguments = [benefit.Message] }, language);
        CompareSets(changes, Contracts(before.ContractPlan), Contracts(after.ContractPlan), RecommendationChangeKind.ContractAdded, provider => new Change { Provider = provider, Arguments = [provider] }, language);
        // Add-ons only of contracts in both plans: a contract that comes or goes is one change, and its add-ons go with it.
        var kept = Contracts(before.ContractPlan);
        kept.RemoveAll(provider => !Contracts(after.ContractPlan).Contains(provider));
        CompareSets(changes, AddOns(before.ContractPlan, kept), AddOns(after.ContractPlan, kept), RecommendationChangeKind.AddOnAdded, pair => new Change { Provider = pair.Provider, AddOn = pair.AddOn, Arguments = [pair.Provider, pair.AddOn] }, language);
        changes.Sort(Order);
        return new RecommendationComparison(before, after, ValueList<RecommendationChange>.Own([.. changes]));
    }

    /// <summary>Gets the kind of the same change seen the other way round (added for removed, gained for lost).</summary>
    /// <param name="kind">A kind of change.</param>
    /// <returns>Its pair.</returns>
    internal static RecommendationChangeKind Reverse(RecommendationChangeKind kind) => (RecommendationChangeKind)((int)kind ^ 1);

    private static void CompareSets<T>(
        List<RecommendationChange> changes,
        List<T> before,
        List<T> after,
        RecommendationChangeKind added,
        Func<T, Change> describe,
        TextLanguage language)
    {
        foreach (var item in after)
        {
            if (!before.Contains(item))
            {
                changes.Add(describe(item).ToChange(added, language));
            }
        }

        foreach (var item in before)
        {
            if (!after.Contains(item))
            {
                changes.Add(describe(item).ToChange(Reverse(added), language));
            }
        }
    }

    private static void CompareAdvisories(List<RecommendationChange> changes, IReadOnlyList<Advisory> before, IReadOnlyList<Advisory> after, TextLanguage language)
    {
        CompareSets(
            changes,
            After(before),
            After(after),
            RecommendationChangeKind.AdvisoryGained,
            advisory => new Change { Service = advisory.Service, Advisory = advisory.Code, Arguments = [advisory.Message], Detail = advisory.Message },
            language);
    }

    private static List<T> After<T>(IReadOnlyList<T> items) => [.. items];

    private static List<PaymentProvider> Providers(RecommendationResult result, PaymentService service)
    {
        var set = ProviderSet.Empty;
        foreach (var entry in result.Recommendations)
        {
            if (entry.Service == service)
            {
                set = set.Union(ProviderSet.Of(entry.Providers));
            }
        }

        return [.. set.ToArray()];
    }

    private static List<ApplicationPath> Paths(RecommendationResult result, PaymentService service)
    {
        var paths = new List<ApplicationPath>(2);
        foreach (var entry in result.Recommendations)
        {
            if (entry.Service == service && !paths.Contains(entry.Path))
            {
                paths.Add(entry.Path);
            }
        }

        return paths;
    }

    private static List<PaymentProvider> PlannedFrom(ContractPlan plan, PaymentService service)
    {
        var providers = new List<PaymentProvider>(1);
        foreach (var contract in plan.Contracts)
        {
            foreach (var covered in contract.Services)
            {
                if (covered == service)
                {
                    providers.Add(contract.Provider);
                }
            }
        }

        return providers;
    }

    private static List<PartnerBenefit> Benefits(RecommendationResult result) => [.. result.Benefits];

    private static List<PaymentProvider> Contracts(ContractPlan plan)
    {
        var providers = new List<PaymentProvider>(plan.Contracts.Count);
        foreach (var contract in plan.Contracts)
        {
            providers.Add(contract.Provider);
        }

        return providers;
    }

    private static List<(PaymentProvider Provider, ContractAddOn AddOn)> AddOns(ContractPlan plan, List<PaymentProvider> providers)
    {
        var pairs = new List<(PaymentProvider, ContractAddOn)>();
        foreach (var contract in plan.Contracts)
        {
            if (!providers.Contains(contract.Provider))
            {
                continue;
            }

            foreach (var addOn in contract.AddOns)
            {
                pairs.Add((contract.Provider, addOn));
            }
        }

        return pairs;
    }

    /// <summary>By service (none last), then the pair of kinds, then what the change is about, then its direction.</summary>
    private static int Order(RecommendationChange x, RecommendationChange y)
    {
        var order = Rank(x.Service).CompareTo(Rank(y.Service));
        order = order != 0 ? order : ((int)x.Kind >> 1).CompareTo((int)y.Kind >> 1);
        order = order != 0 ? order : Rank(x.Provider).CompareTo(Rank(y.Provider));
        order = order != 0 ? order : Rank(x.Path).CompareTo(Rank(y.Path));
        order = order != 0 ? order : Rank(x.Advisory).CompareTo(Rank(y.Advisory));
        order = order != 0 ? order : Rank(x.Benefit).CompareTo(Rank(y.Benefit));
        order = order != 0 ? order : Rank(x.AddOn).CompareTo(Rank(y.AddOn));
        order = order != 0 ? order : string.CompareOrdinal(x.Text, y.Text);
        return order != 0 ? order : ((int)x.Kind).CompareTo((int)y.Kind);
    }

    private static int Rank<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value.HasValue ? Convert.ToInt32(value.Value, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;

    /// <summary>What a change is about, before its kind is known.</summary>
    private sealed class Change
    {
        public PaymentService? Service { get; init; }

        public PaymentProvider? Provider { get; init; }

        public ApplicationPath? Path { get; init; }

        public AdvisoryCode? Advisory { get; init; }

        public BenefitCode? Benefit { get; init; }

        public ContractAddOn? AddOn { get; init; }

        public string? Detail { get; init; }

        public object[] Arguments { get; init; } = [];

        public RecommendationChange ToChange(RecommendationChangeKind kind, TextLanguage language) => new(
            kind,
            Service,
            Provider,
            Path,
            Advisory,
            Benefit,
            AddOn,
            LocalizableText.FromResource("Compare." + kind.ToString(), Arguments).Resolve(language));
    }
}
