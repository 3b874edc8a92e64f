using System.Collections.Generic;
using System.Text;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>Writes a <see cref="DriftReport"/> as a Markdown list to review: the same report gives the same text.</summary>
internal static class MarkdownReport
{
    public static string Render(DriftReport report)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# Catalog drift");
        Line();
        Line($"Catalog version {report.CatalogVersion}, snapshot {report.Snapshot}. Clones read at HEAD:");
        Line();
        foreach (var head in report.Heads)
        {
            Line($"- portone-io/{head.Repository}: {Commit(head.Head)}");
        }

        Line();
        Line($"Found: (a) {Count(report.CitedFiles.Count, "cited file")}; (b) {Count(report.ProviderPages.Count, "page")}"
            + $" and {Count(report.MissingFromMap.Count + report.UnknownSpellings.Count, "map gap")};"
            + $" (c) {(report.PackagePage.IsDrift ? "the package page changed after the newest edition" : "the package page is unchanged")}.");

        Line();
        Line("## (a) Cited files changed after the cited commit");
        Line();
        if (report.CitedFiles.Count == 0)
        {
            Line("None: every cited file is as its newest cited commit has it.");
        }

        foreach (var file in report.CitedFiles)
        {
            var cited = file.NewestCited is null ? string.Empty : $", newest cited {Commit(file.NewestCited)}";
            Line($"- `portone-io/{file.Repository}:{file.Path}`, cited by {string.Join(", ", file.Keys)}{cited}");
            Changes(file.Changes);
            foreach (var problem in file.Problems)
            {
                Line($"  - problem: {problem}");
            }
        }

        Line();
        Line($"## (b) Pages naming a catalog provider, added or changed after {report.Since}, cited by no source");
        Line();
        if (report.ProviderPages.Count == 0)
        {
            Line($"None: no page naming a catalog provider was added or changed after {report.Since} without being cited.");
        }

        foreach (var page in report.ProviderPages)
        {
            Line($"- `portone-io/{page.Repository}:{page.Path}` ({page.Url}): {(page.Added ? "added" : "changed")}, names {string.Join(", ", page.Providers)}");
            Changes(page.Changes);
        }

        if (report.MissingFromMap.Count + report.UnknownSpellings.Count > 0)
        {
            Line();
            Line("Gaps in the tool's spelling map (ProviderSpellings.cs), so pages may have been missed:");
            Line();
            foreach (var provider in report.MissingFromMap)
            {
                Line($"- catalog provider {provider} has no entry: its pages were not looked for");
            }

            foreach (var unknown in report.UnknownSpellings)
            {
                Line($"- {unknown.Kind} \"{unknown.Spelling}\" (`portone-io/{unknown.Repository}:{unknown.Path}`) is in no entry");
            }
        }

        var package = report.PackagePage;
        Line();
        Line("## (c) The recommended-package page against the newest edition");
        Line();
        Line($"- Page: `portone-io/{PortOneLayout.HelpCenterRepository}:{package.Path}`, newest version "
            + (package.NewestVersion is null ? "none at HEAD" : Commit(package.NewestVersion)));
        if (package.Edition is not null)
        {
            var commit = package.EditionCommit is null ? string.Empty : $" at {Commit(package.EditionCommit)}";
            Line($"- Newest edition: {package.Edition.Name}, effective {package.Edition.Effective}, source {package.Edition.SourceKey}{commit}");
        }

        if (package.Problem is not null)
        {
            Line($"- Problem: {package.Problem}");
        }
        else if (package.ChangesAfterEdition.Count == 0)
        {
            Line("- Unchanged: the page has not changed since the newest edition's commit.");
        }
        else
        {
            Line("- Changed after the newest edition's commit (a new edition may be due):");
            Changes(package.ChangesAfterEdition);
        }

        return text.ToString();

        void Changes(IEnumerable<Commit> commits)
        {
            foreach (var commit in commits)
            {
                Line($"  - `{commit.ShortHash}` {commit.Date} {commit.Subject}");
            }
        }
    }

    private static string Commit(Commit commit) => $"`{commit.ShortHash}` ({commit.Date})";

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
