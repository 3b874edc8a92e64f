using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>
/// The onboarding plan (<c>--onboarding</c>) as a checklist: one section per planned contract with its items in the
/// page's order, one for the site requirements, and the pages they cite, numbered: each line ends with the numbers of
/// its page and of the page it links, <c>[1]</c> or <c>[1, 4]</c>.
/// </summary>
internal static class OnboardingReport
{
    public static IEnumerable<ReportSection> Sections(OnboardingPlan onboarding, Language language)
    {
        var culture = Languages.Culture(language);
        var pages = new List<string>();
        var sections = new List<ReportSection>();
        foreach (var contract in onboarding.Contracts)
        {
            var heading = (contract.IsExisting ? UiTexts.OnboardingExistingHeading : UiTexts.OnboardingNewHeading)
                .Format(language, DisplayNames.Of(contract.Provider, culture));
            sections.Add(new ListSection(heading, UiTexts.NothingListed.In(language), ListTone.Checklist, contract.Items.Select(i => Line(i, pages, language)).ToList()));
        }

        if (onboarding.Contracts.Count > 0)
        {
            sections.Add(new ListSection(
                UiTexts.OnboardingSiteHeading.In(language),
                UiTexts.NothingListed.In(language),
                ListTone.Checklist,
                onboarding.SiteRequirements.Select(i => Line(i, pages, language)).ToList()));
            sections.Add(new SourceListSection(UiTexts.OnboardingSourcesHeading.In(language), UiTexts.NothingListed.In(language), pages));
        }

        return sections;
    }

    /// <summary>The item's kind, its text and the numbers of its pages.</summary>
    private static string Line(OnboardingItem item, List<string> pages, Language language)
    {
        var numbers = new[] { item.Source, item.Link }.OfType<OnboardingSource>().Select(s => Number(s.Url, pages));
        return UiTexts.OnboardingLine.Format(
            language,
            DisplayNames.Of(item.Kind, Languages.Culture(language)),
            item.Text,
            string.Join(", ", numbers.Distinct()));
    }

    private static int Number(string url, List<string> pages)
    {
        var index = pages.IndexOf(url);
        if (index < 0)
        {
            pages.Add(url);
            index = pages.Count - 1;
        }

        return index + 1;
    }
}
