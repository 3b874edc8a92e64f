using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// Builds the caller's result from the output facts that the rules left in working memory: it orders them as the
/// contract says and writes their texts in one culture. It decides nothing.
/// </summary>
internal static class ResultAssembler
{
    public static RecommendationResult Assemble(SessionRecorder recorder, CultureInfo culture)
    {
        var recommendations = new List<(RecommendationFact Fact, string RuleName, int Order)>();
        var advisories = new List<(AdvisoryFact Fact, string RuleName, int Order)>();
        var benefits = new SortedSet<BenefitCode>();
        var plan = ContractPlan.Empty;

        var outputs = recorder.Outputs;
        for (var i = 0; i < outputs.Count; i++)
        {
            switch (outputs[i].Fact)
            {
                case RecommendationFact recommendation:
                    recommendations.Add((recommendation, outputs[i].RuleName, i));
                    break;
                case AdvisoryFact advisory:
                    advisories.Add((advisory, outputs[i].RuleName, i));
                    break;
                case BenefitFact benefit:
                    benefits.Add(benefit.Code);
                    break;
                case ContractPlanFact planned:
                    plan = planned.Plan ?? throw Malformed(outputs[i].RuleName, "a contract plan fact without a plan");
                    break;
            }
        }

        return new RecommendationResult(
            recommendations
                .OrderBy(r => r.Fact.Service)
                .ThenBy(r => r.Fact.Path)
                .ThenBy(r => r.Fact.PackageItem)
                .ThenBy(r => r.Order)
                .Select(r => ToRecommendation(r.Fact, r.RuleName, culture))
                .ToArray(),
            advisories
                .OrderBy(a => a.Fact.Code)
                .ThenBy(a => a.Fact.Service.HasValue ? (int)a.Fact.Service.Value : -1)
                .ThenBy(a => a.Order)
                .GroupBy(a => a.Fact.Code)
                .Select(g => g.First())
                .Select(a => new Advisory(a.Fact.Code, a.Fact.Service, Resolve(a.Fact.Message, a.RuleName, culture)))
                .ToArray(),
            benefits
                .Select(code => new PartnerBenefit(code, TextCatalog.Get("Benefit." + code.ToString(), culture)))
                .ToArray(),
            recorder.FiredRules.ToArray())
        {
            ContractPlan = plan,
        };
    }

    private static ServiceRecommendation ToRecommendation(RecommendationFact fact, string ruleName, CultureInfo culture)
    {
        if (fact.Providers is null || fact.Steps is null || fact.Steps.Any(s => s is null))
        {
            throw Malformed(ruleName, $"a recommendation for {fact.Service} without providers or with a missing step");
        }

        var steps = new string[fact.Steps.Count + 1];
        steps[0] = ConsolePaths.FirstStep(fact.Path).Resolve(culture);
        for (var i = 0; i < fact.Steps.Count; i++)
        {
            steps[i + 1] = Resolve(fact.Steps[i], ruleName, culture);
        }

        return new ServiceRecommendation(
            fact.Service,
            fact.Providers.Distinct().OrderBy(p => p).ToArray(),
            fact.Path,
            fact.PackageItem,
            steps,
            Resolve(fact.Reason, ruleName, culture),
            ruleName);
    }

    private static string Resolve(LocalizableText? text, string ruleName, CultureInfo culture) =>
        text?.Resolve(culture) ?? throw Malformed(ruleName, "an output without text");

    private static RecommendationRuleException Malformed(string ruleName, string what) =>
        new(ruleName, $"The rule '{ruleName}' produced {what}. No result was produced.", innerException: null);
}
