using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Scenarios;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>The list of built-in scenarios (<c>--list-scenarios</c>), as a report and as JSON.</summary>
internal static class ScenarioListReport
{
    public static Report Build(IReadOnlyList<Scenario> scenarios, Language language) =>
        new(
            UiTexts.ScenariosTitle.In(language),
            null,
            [],
            [
                new TableSection(
                    UiTexts.ScenariosHeading.In(language),
                    UiTexts.NothingListed.In(language),
                    [
                        UiTexts.ScenarioNameColumn.In(language),
                        UiTexts.ScenarioTitleColumn.In(language),
                        UiTexts.ScenarioDescriptionColumn.In(language),
                    ],
                    scenarios.Select(s => (IReadOnlyList<string>)[Name(s, language), s.Title.In(language), Description(s, language)])
                        .ToList()),
            ]);

    /// <summary>What <c>--list-scenarios --format json</c> writes: each scenario with its requirements, which are
    /// valid <c>--input</c> JSON, and its own package edition if it has one.</summary>
    public static IReadOnlyList<ScenarioSummary> Summaries(IReadOnlyList<Scenario> scenarios, Language language) =>
        scenarios.Select(s => new ScenarioSummary(
                s.Name,
                s.Title.In(language),
                s.Description.In(language),
                IsDefault: s == ScenarioCatalog.Default,
                s.Requirements,
                s.Edition))
            .ToList();

    private static string Description(Scenario scenario, Language language) =>
        scenario.Edition is { } edition
            ? UiTexts.ScenarioEditionNote.Format(language, scenario.Description.In(language), DisplayNames.Of(edition, Languages.Culture(language)))
            : scenario.Description.In(language);

    private static string Name(Scenario scenario, Language language) =>
        scenario == ScenarioCatalog.Default ? UiTexts.DefaultScenarioMark.Format(language, scenario.Name) : scenario.Name;
}
