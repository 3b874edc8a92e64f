using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>
/// Puts a <see cref="RecommendationResult"/> into words: the services to apply for, the contract plan, then the
/// advisories and the partner benefits. Each section has a method of its own; a new part of the result gets a new
/// method and a place in <see cref="Build"/>.
/// </summary>
internal static class RecommendationReport
{
    /// <summary>Builds the report.</summary>
    /// <param name="subject">What the report is about: a scenario's title, the input file, the questionnaire.</param>
    /// <param name="summary">One line under the title, or <see langword="null"/>.</param>
    /// <param name="conditions">The package edition, API version and existing contracts the answer assumed.</param>
    /// <param name="result">The engine's answer.</param>
    /// <param name="language">The language of the headings; the result is already in it.</param>
    public static Report Build(string subject, string? summary, RunConditions conditions, RecommendationResult result, Language language) =>
        new(
            UiTexts.ReportTitle.Format(language, subject),
            summary,
            Details(conditions, language),
            [
                Recommendations(result.Recommendations, language),
                ContractPlan(result.ContractPlan, language),
                Advisories(result.Advisories, language),
                Benefits(result.Benefits, language),
                .. result.Onboarding is { } onboarding ? OnboardingReport.Sections(onboarding, language) : [],
            ]);

    /// <summary>The edition and catalog always; the API version and existing contracts when the requirements name them.
    /// The other reports of a run (--why) start with the same lines.</summary>
    public static List<string> Details(RunConditions conditions, Language language)
    {
        var culture = Languages.Culture(language);
        var edition = DisplayNames.Of(conditions.Edition, culture);
        if (conditions.RequestedEdition.IsLatest)
        {
            edition = UiTexts.LatestEdition.Format(language, edition);
        }

        var details = new List<string> { UiTexts.EditionDetail.Format(language, edition, RecommendationEngine.CatalogVersion) };
        if (conditions.Requirements.ApiVersion is { } apiVersion)
        {
            details.Add(UiTexts.ApiVersionDetail.Format(language, DisplayNames.Of(apiVersion, culture)));
        }

        if (conditions.Requirements.ExistingContracts is { Count: > 0 } existing)
        {
            details.Add(UiTexts.ExistingContractsDetail.Format(language, Names(existing, culture)));
        }

        return details;
    }

    private static TableSection Recommendations(IReadOnlyList<ServiceRecommendation> recommendations, Language language) =>
        new(
            UiTexts.RecommendationsHeading.In(language),
            UiTexts.NothingListed.In(language),
            [
                UiTexts.ServiceColumn.In(language),
                UiTexts.ProvidersColumn.In(language),
                UiTexts.HowToApplyColumn.In(language),
                UiTexts.ReasonColumn.In(language),
            ],
            recommendations.Select(r => (IReadOnlyList<string>)
            [
                DisplayNames.Of(r.Service, Languages.Culture(language)),
                Providers(r, language),
                HowToApply(r, language),
                r.Reason,
            ]).ToList());

    /// <summary>One row per planned contract; under the table, how many contracts are new and what nobody covers.</summary>
    private static TableSection ContractPlan(ContractPlan plan, Language language)
    {
        var culture = Languages.Culture(language);
        var notes = new List<string>();
        if (plan.Contracts.Count > 0)
        {
            var existing = plan.Contracts.Count(c => c.IsExisting);
            notes.Add(UiTexts.PlanContractCount.Format(language, plan.Contracts.Count - existing, existing));
        }

        if (plan.UncoveredServices.Count > 0)
        {
            notes.Add(UiTexts.PlanUncoveredServices.Format(language, Names(plan.UncoveredServices, culture)));
        }

        return new TableSection(
            UiTexts.ContractPlanHeading.In(language),
            UiTexts.NothingListed.In(language),
            [
                UiTexts.PlanProviderColumn.In(language),
                UiTexts.PlanServicesColumn.In(language),
                UiTexts.PlanAddOnsColumn.In(language),
                UiTexts.PlanContractColumn.In(language),
            ],
            plan.Contracts.Select(c => (IReadOnlyList<string>)
            [
                DisplayNames.Of(c.Provider, culture),
                Routes(c, culture),
                c.AddOns.Count == 0 ? UiTexts.NothingListed.In(language) : Names(c.AddOns, culture),
                Contract(c, language),
            ]).ToList())
        {
            Notes = notes,
        };
    }

    /// <summary>Each service with the way the plan applies for it, for example 신용카드 일반결제(추천패키지).</summary>
    private static string Routes(PlannedContract contract, CultureInfo culture) =>
        contract.Routes.Count != contract.Services.Count
            ? Names(contract.Services, culture)
            : string.Join(", ", contract.Routes.Select(r =>
                DisplayNames.Of(r.Service, culture) + (culture.Name.StartsWith("en", StringComparison.Ordinal) ? " (" : "(")
                + DisplayNames.Of(r.Path, culture) + ")"));

    private static ListSection Advisories(IReadOnlyList<Advisory> advisories, Language language) =>
        new(
            UiTexts.AdvisoriesHeading.In(language),
            UiTexts.NothingListed.In(language),
            ListTone.Caution,
            advisories.Select(a => a.Message).ToList());

    private static ListSection Benefits(IReadOnlyList<PartnerBenefit> benefits, Language language) =>
        new(
            UiTexts.BenefitsHeading.In(language),
            UiTexts.NothingListed.In(language),
            ListTone.Benefit,
            benefits.Select(b => b.Message).ToList());

    /// <summary>The package's providers as they are; a direct-selection entry's providers are candidates to choose
    /// from; an empty list leaves the choice to the console.</summary>
    private static string Providers(ServiceRecommendation recommendation, Language language)
    {
        if (recommendation.Providers.Count == 0)
        {
            return UiTexts.ProvidersChosenInConsole.In(language);
        }

        var names = Names(recommendation.Providers, Languages.Culture(language));
        return recommendation.Path == ApplicationPath.DirectSelection ? UiTexts.ProvidersCandidates.Format(language, names) : names;
    }

    /// <summary>The console navigation: the package item (추천패키지 > item) or the direct-selection path.</summary>
    private static string HowToApply(ServiceRecommendation recommendation, Language language) =>
        string.Join(UiTexts.StepSeparator.In(language), recommendation.Steps);

    /// <summary>New or existing, and whether the provider belongs to the package edition.</summary>
    private static string Contract(PlannedContract contract, Language language)
    {
        var kind = (contract.IsExisting ? UiTexts.ContractExisting : UiTexts.ContractNew).In(language);
        return contract.IsInPackage ? UiTexts.ContractInPackage.Format(language, kind) : kind;
    }

    /// <summary>The display names of values, separated by commas.</summary>
    public static string Names<TEnum>(IEnumerable<TEnum> values, CultureInfo culture)
        where TEnum : struct, Enum =>
        string.Join(", ", values.Select(v => DisplayNames.Of(v, culture)));
}
