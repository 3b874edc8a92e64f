using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>
/// Puts a <see cref="RecommendationComparison"/> into words (<c>--compare-edition</c>, <c>--compare-api</c>): what is
/// compared under the title, then the library's sentences, one section per service in <see cref="PaymentService"/>
/// order and the changes that concern no one service last; a single "no change" section when both answers agree.
/// </summary>
internal static class ComparisonReport
{
    /// <summary>Builds the report.</summary>
    /// <param name="subject">What the report is about: a scenario's title, the input file, the questionnaire.</param>
    /// <param name="summary">One line under the title, or <see langword="null"/>.</param>
    /// <param name="conditions">What differs between the two answers, and what they share.</param>
    /// <param name="comparison">The library's comparison.</param>
    /// <param name="language">The language of the headings; the comparison is already in it.</param>
    public static Report Build(string subject, string? summary, ComparedConditions conditions, RecommendationComparison comparison, Language language) =>
        new(
            UiTexts.ComparisonTitle.Format(language, subject),
            summary,
            Details(conditions, comparison, language),
            Sections(comparison.Changes, language));

    /// <summary>The two sides compared, then what both answers share: the edition or API version that is not compared,
    /// the catalog and the existing contracts.</summary>
    private static List<string> Details(ComparedConditions conditions, RecommendationComparison comparison, Language language)
    {
        var culture = Languages.Culture(language);
        var requirements = conditions.Requirements;
        var details = new List<string>();
        if (conditions.Aspect == ComparedAspect.Edition)
        {
            details.Add(UiTexts.ComparedEditions.Format(
                language,
                Edition(conditions.RequestedEdition, comparison.Before.Edition, language),
                Edition(conditions.AfterEdition ?? conditions.RequestedEdition, comparison.After.Edition, language)));
            details.Add(UiTexts.CatalogDetail.Format(language, RecommendationEngine.CatalogVersion));
            if (requirements.ApiVersion is { } apiVersion)
            {
                details.Add(UiTexts.ApiVersionDetail.Format(language, DisplayNames.Of(apiVersion, culture)));
            }
        }
        else
        {
            var after = comparison.After.Edition;
            details.Add(UiTexts.ComparedApiVersions.Format(
                language,
                ApiVersion(requirements.ApiVersion, language),
                ApiVersion(conditions.AfterApiVersion, language)));
            details.Add(UiTexts.EditionDetail.Format(language, Edition(conditions.RequestedEdition, after, language), RecommendationEngine.CatalogVersion));
        }

        if (requirements.ExistingContracts is { Count: > 0 } existing)
        {
            details.Add(UiTexts.ExistingContractsDetail.Format(language, RecommendationReport.Names(existing, culture)));
        }

        return details;
    }

    /// <summary>A section per service with changes, then the other changes; or one section that says nothing changes.</summary>
    private static List<ReportSection> Sections(IReadOnlyList<RecommendationChange> changes, Language language)
    {
        if (changes.Count == 0)
        {
            return [new ListSection(UiTexts.ChangesHeading.In(language), UiTexts.NoChange.In(language), ListTone.Change, [])];
        }

        var culture = Languages.Culture(language);

        // The library orders the changes by service, those of no service last; grouping keeps that order.
        return changes.GroupBy(c => c.Service)
            .Select(g => (ReportSection)new ListSection(
                g.Key is { } service ? DisplayNames.Of(service, culture) : UiTexts.OtherChangesHeading.In(language),
                UiTexts.NothingListed.In(language),
                ListTone.Change,
                g.Select(c => c.Text).ToList()))
            .ToList();
    }

    /// <summary>An edition's display name, marked as the latest when it was asked for as <c>latest</c>.</summary>
    private static string Edition(EditionChoice requested, PackageEdition resolved, Language language)
    {
        var name = DisplayNames.Of(resolved, Languages.Culture(language));
        return requested.IsLatest ? UiTexts.LatestEdition.Format(language, name) : name;
    }

    private static string ApiVersion(PortOneApiVersion? version, Language language) =>
        version is { } v ? DisplayNames.Of(v, Languages.Culture(language)) : UiTexts.EitherApiVersionShort.In(language);
}
