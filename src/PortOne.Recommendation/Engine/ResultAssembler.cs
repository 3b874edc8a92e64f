using System;
using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// Builds the caller's result from the output facts that the rules left in working memory: it orders them as the
/// contract says and writes their texts in the engine's culture. It decides nothing. Outputs are few (a dozen at
/// most for the built-in rules), so it sorts them by insertion, without LINQ, to keep a call's allocations low.
/// </summary>
internal static class ResultAssembler
{
    public static RecommendationResult Assemble(SessionRecorder recorder, TextCache texts)
    {
        var outputs = recorder.Outputs;
        var recommendations = new List<Ranked<RecommendationFact>>(outputs.Count);
        var advisories = new List<Ranked<AdvisoryFact>>(4);
        var benefits = new List<BenefitCode>(4);
        var plan = ContractPlan.Empty;
        for (var i = 0; i < outputs.Count; i++)
        {
            switch (outputs[i].Fact)
            {
                case RecommendationFact recommendation:
                    Insert(recommendations, new(recommendation, outputs[i].RuleName, i), CompareRecommendations);
                    break;
                case AdvisoryFact advisory:
                    Insert(advisories, new(advisory, outputs[i].RuleName, i), CompareAdvisories);
                    break;
                case BenefitFact benefit when !benefits.Contains(benefit.Code):
                    Insert(benefits, benefit.Code, (x, y) => x.CompareTo(y));
                    break;
                case ContractPlanFact planned:
                    plan = planned.Plan ?? throw Malformed(outputs[i].RuleName, "a contract plan fact without a plan");
                    break;
            }
        }

        var entries = new ServiceRecommendation[recommendations.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = ToRecommendation(recommendations[i].Fact, recommendations[i].RuleName, texts);
        }

        return new RecommendationResult(
            entries,
            ToAdvisories(advisories, texts),
            ToBenefits(benefits, texts),
            recorder.FiredRules.Count == 0 ? [] : [.. recorder.FiredRules])
        {
            ContractPlan = plan,
        };
    }

    /// <summary>By service, then path (package first), then package item, then insertion.</summary>
    private static int CompareRecommendations(Ranked<RecommendationFact> x, Ranked<RecommendationFact> y)
    {
        var order = x.Fact.Service.CompareTo(y.Fact.Service);
        order = order != 0 ? order : x.Fact.Path.CompareTo(y.Fact.Path);
        order = order != 0 ? order : Nullable.Compare(x.Fact.PackageItem, y.Fact.PackageItem);
        return order != 0 ? order : x.Order.CompareTo(y.Order);
    }

    /// <summary>By code, then service (none first), then insertion.</summary>
    private static int CompareAdvisories(Ranked<AdvisoryFact> x, Ranked<AdvisoryFact> y)
    {
        var order = x.Fact.Code.CompareTo(y.Fact.Code);
        order = order != 0 ? order : ServiceRank(x.Fact).CompareTo(ServiceRank(y.Fact));
        return order != 0 ? order : x.Order.CompareTo(y.Order);
    }

    private static int ServiceRank(AdvisoryFact fact) => fact.Service.HasValue ? (int)fact.Service.Value : -1;

    /// <summary>Inserts an item after every item that does not sort after it (a stable insertion sort).</summary>
    private static void Insert<T>(List<T> list, T item, Comparison<T> comparison)
    {
        var index = list.Count;
        while (index > 0 && comparison(list[index - 1], item) > 0)
        {
            index--;
        }

        list.Insert(index, item);
    }

    /// <summary>The first advisory of each code.</summary>
    private static Advisory[] ToAdvisories(List<Ranked<AdvisoryFact>> advisories, TextCache texts)
    {
        var result = new List<Advisory>(advisories.Count);
        for (var i = 0; i < advisories.Count; i++)
        {
            var fact = advisories[i].Fact;
            if (i > 0 && advisories[i - 1].Fact.Code == fact.Code)
            {
                continue;
            }

            result.Add(new Advisory(fact.Code, fact.Service, Resolve(fact.Message, advisories[i].RuleName, texts)));
        }

        return [.. result];
    }

    private static PartnerBenefit[] ToBenefits(List<BenefitCode> codes, TextCache texts)
    {
        var benefits = new PartnerBenefit[codes.Count];
        for (var i = 0; i < benefits.Length; i++)
        {
            benefits[i] = texts.Benefit(codes[i]);
        }

        return benefits;
    }

    private static ServiceRecommendation ToRecommendation(RecommendationFact fact, string ruleName, TextCache texts)
    {
        if (fact.Providers is null || fact.Steps is null)
        {
            throw Malformed(ruleName, $"a recommendation for {fact.Service} without providers or with a missing step");
        }

        var steps = new string[fact.Steps.Count + 1];
        steps[0] = texts.Resolve(ConsolePaths.FirstStep(fact.Path));
        for (var i = 0; i < fact.Steps.Count; i++)
        {
            steps[i + 1] = fact.Steps[i] is { } step
                ? texts.Resolve(step)
                : throw Malformed(ruleName, $"a recommendation for {fact.Service} without providers or with a missing step");
        }

        return new ServiceRecommendation(
            fact.Service,
            SortedDistinct(fact.Providers),
            fact.Path,
            fact.PackageItem,
            steps,
            Resolve(fact.Reason, ruleName, texts),
            ruleName);
    }

    /// <summary>The providers in <see cref="PaymentProvider"/> order, each once.</summary>
    private static PaymentProvider[] SortedDistinct(IReadOnlyList<PaymentProvider> providers)
    {
        if (providers.Count == 0)
        {
            return [];
        }

        var sorted = new List<PaymentProvider>(providers.Count);
        for (var i = 0; i < providers.Count; i++)
        {
            if (!sorted.Contains(providers[i]))
            {
                Insert(sorted, providers[i], (x, y) => x.CompareTo(y));
            }
        }

        return [.. sorted];
    }

    private static string Resolve(LocalizableText? text, string ruleName, TextCache texts) =>
        text is null ? throw Malformed(ruleName, "an output without text") : texts.Resolve(text);

    private static RecommendationRuleException Malformed(string ruleName, string what) =>
        new(ruleName, $"The rule '{ruleName}' produced {what}. No result was produced.", innerException: null);

    private readonly record struct Ranked<T>(T Fact, string RuleName, int Order);
}
