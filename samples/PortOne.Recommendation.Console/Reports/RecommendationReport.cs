using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>
/// Puts a <see cref="RecommendationResult"/> into words: the services to apply for, then the advisories, then the
/// partner benefits. Each section has a method of its own; a new part of the result gets a new method and a place in
/// <see cref="Build"/>.
/// </summary>
internal static class RecommendationReport
{
    /// <summary>Builds the report.</summary>
    /// <param name="subject">What the report is about: a scenario's title, the input file, the questionnaire.</param>
    /// <param name="summary">One line under the title, or <see langword="null"/>.</param>
    /// <param name="result">The engine's answer.</param>
    /// <param name="language">The language of the headings; the result is already in it.</param>
    public static Report Build(string subject, string? summary, RecommendationResult result, Language language) =>
        new(
            UiTexts.ReportTitle.Format(language, subject),
            summary,
            [
                Recommendations(result.Recommendations, language),
                Advisories(result.Advisories, language),
                Benefits(result.Benefits, language),
            ]);

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

    private static string Providers(ServiceRecommendation recommendation, Language language) =>
        recommendation.Providers.Count == 0
            ? UiTexts.ProvidersChosenInConsole.In(language)
            : string.Join(", ", recommendation.Providers.Select(p => DisplayNames.Of(p, Languages.Culture(language))));

    /// <summary>The console navigation: the package item (추천패키지 > item) or the direct-selection path.</summary>
    private static string HowToApply(ServiceRecommendation recommendation, Language language) =>
        string.Join(UiTexts.StepSeparator.In(language), recommendation.Steps);
}
