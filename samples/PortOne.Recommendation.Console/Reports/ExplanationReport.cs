using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Json;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>
/// Puts a <see cref="RecommendationExplanation"/> into words (<c>--why</c>): per requested service, a table of every
/// provider with its standing and the library's reasons, the providers the answer names first. Each reason ends with
/// the numbers of its sources, which a last section lists (when any reason has a source). Providers left out only because PortOne's documentation
/// shows no such service share one row; the JSON output keeps every provider.
/// </summary>
internal static class ExplanationReport
{
    /// <summary>The result with the explanation of one service only, or as it is when <paramref name="service"/> is
    /// <see langword="null"/>.</summary>
    /// <exception cref="BadInputException">The requirements do not ask for <paramref name="service"/>.</exception>
    public static RecommendationResult Only(RecommendationResult result, PaymentService? service, Language language)
    {
        var explanation = result.Explanation
            ?? throw new InvalidOperationException("The result carries no explanation; the call must ask for one.");
        if (service is not { } one)
        {
            return result;
        }

        if (explanation.For(one) is not { } explained)
        {
            var requested = explanation.Services.Select(s => ContractJson.NameOf(s.Service)).ToList();
            throw new BadInputException(UiTexts.WhyServiceNotRequested.Format(
                language,
                ContractJson.NameOf(one),
                DisplayNames.Of(one, Languages.Culture(language)),
                requested.Count == 0 ? UiTexts.NothingListed.In(language) : string.Join(", ", requested)));
        }

        return result with { Explanation = new RecommendationExplanation([explained]) };
    }

    /// <summary>Builds the report.</summary>
    /// <param name="subject">What the report is about: a scenario's title, the input file, the questionnaire.</param>
    /// <param name="summary">One line under the title, or <see langword="null"/>.</param>
    /// <param name="conditions">The package edition, API version and existing contracts the answer assumed.</param>
    /// <param name="result">The engine's answer, with its explanation.</param>
    /// <param name="language">The language of the headings; the result is already in it.</param>
    public static Report Build(string subject, string? summary, RunConditions conditions, RecommendationResult result, Language language)
    {
        var explanation = result.Explanation
            ?? throw new InvalidOperationException("The result carries no explanation; the call must ask for one.");
        var sources = new SourceNumbers();
        var sections = new List<ReportSection>();
        foreach (var service in explanation.Services)
        {
            sections.Add(Service(service, result, sources, language));
        }

        if (sections.Count == 0)
        {
            sections.Add(new ListSection(
                UiTexts.RecommendationsHeading.In(language), UiTexts.NoServiceRequested.In(language), ListTone.Caution, []));
        }

        if (sources.Urls.Count > 0)
        {
            sections.Add(new SourceListSection(UiTexts.SourcesHeading.In(language), UiTexts.NothingListed.In(language), sources.Urls));
        }

        return new Report(
            UiTexts.WhyTitle.Format(language, subject),
            summary,
            RecommendationReport.Details(conditions, language),
            sections);
    }

    /// <summary>One service: a row per provider (or per group of providers with the same one reason), then under the
    /// table the reasons of the answer's entries for the service.</summary>
    private static TableSection Service(ServiceExplanation service, RecommendationResult result, SourceNumbers sources, Language language)
    {
        var culture = Languages.Culture(language);
        var rows = new List<IReadOnlyList<string>>();
        var named = service.Providers.Where(p => p.Standing != ProviderStanding.NotNamed)
            .OrderBy(p => p.Standing == ProviderStanding.Planned ? 0 : 1);
        foreach (var provider in named)
        {
            rows.Add([DisplayNames.Of(provider.Provider, culture), Standing(provider, culture, language), Reasons(provider, sources, language)]);
        }

        var groups = new List<(string Template, List<ProviderExplanation> Members)>();
        var alone = new List<ProviderExplanation>();
        foreach (var provider in service.Providers.Where(p => p.Standing == ProviderStanding.NotNamed))
        {
            if (LacksCapabilityTemplate(provider, culture) is { } template)
            {
                var group = groups.FindIndex(g => g.Template == template);
                if (group < 0)
                {
                    groups.Add((template, [provider]));
                }
                else
                {
                    groups[group].Members.Add(provider);
                }
            }
            else
            {
                alone.Add(provider);
            }
        }

        // A group of one is a provider like any other, in its place in the catalog's order.
        alone.AddRange(groups.Where(g => g.Members.Count == 1).Select(g => g.Members[0]));
        foreach (var provider in service.Providers.Where(alone.Contains))
        {
            rows.Add([DisplayNames.Of(provider.Provider, culture), Standing(provider, culture, language), Reasons(provider, sources, language)]);
        }

        foreach (var (template, members) in groups.Where(g => g.Members.Count > 1))
        {
            var names = string.Join(", ", members.Select(m => DisplayNames.Of(m.Provider, culture)));
            var text = template.Replace(Placeholder, UiTexts.TheseProviders.In(language), StringComparison.Ordinal);
            var urls = members.SelectMany(m => m.Reasons[0].Sources).Select(s => s.Url);
            rows.Add([names, UiTexts.StandingNotApplicable.In(language), WithSources(text, urls, sources, language)]);
        }

        return new TableSection(
            DisplayNames.Of(service.Service, culture),
            UiTexts.NothingListed.In(language),
            [UiTexts.WhyProviderColumn.In(language), UiTexts.WhyStandingColumn.In(language), UiTexts.WhyReasonsColumn.In(language)],
            rows)
        {
            // Narrow provider and standing columns leave the reasons most of the line.
            TextWidths = [24, 24],
            Notes = result.Recommendations.Where(r => r.Service == service.Service)
                .Select(r => UiTexts.EntryReasonNote.Format(language, DisplayNames.Of(r.Path, culture), r.Reason))
                .ToList(),
        };
    }

    private const string Placeholder = "\u0000";

    /// <summary>
    /// The one reason of a provider left out only because PortOne's documentation shows no such service, with the
    /// provider's name taken out, so that providers with the same sentence share one row, where the sentence says
    /// <see cref="UiTexts.TheseProviders"/> instead (its Korean takes 의 after the name, which fits any name).
    /// <see langword="null"/> for any other provider, or when the name is not in the sentence exactly once.
    /// </summary>
    private static string? LacksCapabilityTemplate(ProviderExplanation provider, CultureInfo culture)
    {
        if (provider.Reasons is not [{ Code: ExplanationReasonCode.LacksCapability, IsBlocking: true } reason])
        {
            return null;
        }

        var name = DisplayNames.Of(provider.Provider, culture);
        var at = reason.Text.IndexOf(name, StringComparison.Ordinal);
        return at < 0 || reason.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal) >= 0
            ? null
            : string.Concat(reason.Text.AsSpan(0, at), Placeholder, reason.Text.AsSpan(at + name.Length));
    }

    /// <summary>Planned or named, with the paths of the entries that name it; or not named: not applicable where every
    /// reason is that the provider does not offer the service in the way asked (a PG asked for an easy-pay company's
    /// contract, an easy-pay company for card payments, an overseas PG for a domestic PG's service), not recommended
    /// otherwise.</summary>
    private static string Standing(ProviderExplanation provider, CultureInfo culture, Language language)
    {
        var paths = string.Join(", ", provider.NamedBy.Select(n => n.Path).Distinct().Select(p => DisplayNames.Of(p, culture)));
        return provider.Standing switch
        {
            ProviderStanding.Planned => UiTexts.StandingPlanned.Format(language, paths),
            ProviderStanding.Named => UiTexts.StandingNamed.Format(language, paths),
            _ when provider.Reasons.Count > 0 && provider.Reasons.All(r => r.Code is ExplanationReasonCode.LacksCapability or ExplanationReasonCode.OtherRoute)
                => UiTexts.StandingNotApplicable.In(language),
            _ => UiTexts.StandingNotNamed.In(language),
        };
    }

    /// <summary>Every reason on a line of its own, each with the numbers of its sources; for a provider the plan chose
    /// without a reason of its own, a pointer to the entries' reasons under the table.</summary>
    private static string Reasons(ProviderExplanation provider, SourceNumbers sources, Language language) =>
        Reasons(provider.Reasons, provider.Standing == ProviderStanding.Planned, sources, language);

    private static string Reasons(IReadOnlyList<ExplanationReason> reasons, bool planned, SourceNumbers sources, Language language) =>
        reasons.Count == 0
            ? (planned ? UiTexts.PlannedForTheEntryReasons : UiTexts.NoReasonGiven).In(language)
            : string.Join("\n", reasons.Select(r => WithSources(r.Text, r.Sources.Select(s => s.Url), sources, language)));

    private static string WithSources(string text, IEnumerable<string> urls, SourceNumbers sources, Language language)
    {
        var numbers = urls.Select(sources.NumberOf).Distinct().Order().ToList();
        return numbers.Count == 0
            ? text
            : text + " " + UiTexts.SourceMarks.Format(language, string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The sources of the report, numbered from 1 in the order they are first cited.</summary>
    private sealed class SourceNumbers
    {
        /// <summary>The sources, number 1 first.</summary>
        public List<string> Urls { get; } = [];

        public int NumberOf(string url)
        {
            var index = Urls.IndexOf(url);
            if (index < 0)
            {
                Urls.Add(url);
                index = Urls.Count - 1;
            }

            return index + 1;
        }
    }
}
