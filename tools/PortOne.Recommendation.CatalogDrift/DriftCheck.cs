using System;
using System.Collections.Generic;
using System.Linq;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// The check itself: compares the catalog with the two clones at HEAD and returns (a) cited files changed after their
/// cited commit, (b) uncited provider pages added or changed after a day, and (c) the recommended-package page against
/// the newest edition. Only changes of a file's text count: a file moved unchanged (the help tree's move of 2025-07-15)
/// is followed, not reported.
/// </summary>
internal static class DriftCheck
{
    /// <param name="catalog">The catalog.</param>
    /// <param name="developers">The clone of portone-io/developers.portone.io.</param>
    /// <param name="helpCenter">The clone of portone-io/mcp-server.</param>
    /// <param name="since">The day (yyyy-MM-dd) after which (b) looks for pages; the catalog's snapshot date by default.</param>
    public static DriftReport Run(CatalogFile catalog, GitRepository developers, GitRepository helpCenter, string? since = null)
    {
        since ??= catalog.Snapshot;
        var repositories = new[] { developers, helpCenter }.ToDictionary(r => r.Name);
        var cited = catalog.Sources.Select(s => (s.Repository, PortOneLayout.Normalize(s.Path))).ToHashSet();
        var matcher = new ProviderMatcher(catalog.Providers);
        var unknown = new List<UnknownSpelling>();

        var helpPages = helpCenter.Files("HEAD", [PortOneLayout.HelpRoot]).Where(p => p.EndsWith(".md", StringComparison.Ordinal));
        var guides = developers.Files("HEAD", PortOneLayout.GuideFolders).Where(p => p.EndsWith(".mdx", StringComparison.Ordinal));
        var providerPages = ProviderPages(helpCenter, helpPages, [PortOneLayout.HelpRoot, PortOneLayout.OldHelpRoot], since, cited, page =>
            {
                var companies = new List<string>();
                var providers = matcher.HelpPage(page, FrontMatter.Parse(helpCenter.Show(page)), companies);
                unknown.AddRange(companies.Select(c => new UnknownSpelling("pgCompanies value", c, helpCenter.Name, page)));
                return providers;
            })
            .Concat(ProviderPages(developers, guides, PortOneLayout.GuideFolders, since, cited, page =>
            {
                var providers = matcher.Guide(page);
                if (providers is null)
                {
                    unknown.Add(new UnknownSpelling("guide name", PortOneLayout.GuideName(page), developers.Name, page));
                }

                return providers ?? [];
            }))
            .ToList();

        return new DriftReport(
            catalog.Version,
            catalog.Snapshot,
            since,
            [.. repositories.Values.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new RepositoryHead(r.Name, r.Head))],
            CitedFiles(catalog, repositories),
            [.. providerPages.OrderBy(p => p.Repository, StringComparer.Ordinal).ThenBy(p => p.Path, StringComparer.Ordinal)],
            matcher.MissingFromMap,
            [.. unknown.Distinct().OrderBy(u => u.Repository, StringComparer.Ordinal).ThenBy(u => u.Path, StringComparer.Ordinal).ThenBy(u => u.Spelling, StringComparer.Ordinal)],
            PackagePage(catalog, repositories));
    }

    /// <summary>
    /// (a) Every cited file, once: the keys citing one file (the recommended-package page's editions cite several
    /// versions of it, some in the old help tree) are compared from the newest commit any of them cites.
    /// </summary>
    private static List<CitedFileDrift> CitedFiles(CatalogFile catalog, Dictionary<string, GitRepository> repositories)
    {
        var drifts = new List<CitedFileDrift>();
        foreach (var file in catalog.Sources
            .GroupBy(s => (s.Repository, Path: PortOneLayout.Normalize(s.Path)))
            .OrderBy(g => g.Key.Repository, StringComparer.Ordinal).ThenBy(g => g.Key.Path, StringComparer.Ordinal))
        {
            var keys = file.Select(s => s.Key).ToList();
            if (!repositories.TryGetValue(file.Key.Repository, out var repository))
            {
                drifts.Add(new CitedFileDrift(file.Key.Repository, file.Key.Path, keys, null, [], [$"no clone of portone-io/{file.Key.Repository} is read by this check"]));
                continue;
            }

            var problems = new List<string>();
            var citedCommits = new List<(CatalogSource Source, Commit Commit)>();
            foreach (var source in file)
            {
                if (repository.Describe(source.Commit) is { } commit)
                {
                    citedCommits.Add((source, commit));
                }
                else
                {
                    problems.Add($"{source.Key}: commit {source.Commit} is not in the clone");
                }
            }

            var newest = citedCommits.OrderByDescending(c => c.Commit.Timestamp).ThenBy(c => c.Commit.Hash, StringComparer.Ordinal).FirstOrDefault();
            if (newest.Source is null)
            {
                drifts.Add(new CitedFileDrift(repository.Name, file.Key.Path, keys, null, [], problems));
                continue;
            }

            if (!repository.Exists(newest.Commit.Hash, newest.Source.Path))
            {
                problems.Add($"{newest.Source.Key}: {newest.Source.Path} is not in commit {newest.Commit.ShortHash}");
            }

            var paths = PortOneLayout.PathsOf(file.Key.Path);
            if (!paths.Any(path => repository.Exists("HEAD", path)))
            {
                problems.Add("the file is no longer at HEAD");
            }

            var changes = TextChanges(repository.Log(newest.Commit.Hash + "..HEAD", paths));
            if (changes.Count > 0 || problems.Count > 0)
            {
                drifts.Add(new CitedFileDrift(repository.Name, file.Key.Path, keys, newest.Commit, changes, problems));
            }
        }

        return drifts;
    }

    /// <summary>
    /// (b) The pages at HEAD, among <paramref name="pages"/>, that no source cites, whose text changed after
    /// <paramref name="since"/>, and that name a catalog provider according to <paramref name="providersOf"/>.
    /// </summary>
    /// <param name="repository">The clone.</param>
    /// <param name="pages">The candidate pages at HEAD.</param>
    /// <param name="historyRoots">The folders whose history is read at once (a help page's old and new tree).</param>
    /// <param name="since">The day after which a change counts.</param>
    /// <param name="cited">The files the catalog cites, by repository and path today.</param>
    /// <param name="providersOf">The catalog providers a page names.</param>
    private static IEnumerable<ProviderPageDrift> ProviderPages(
        GitRepository repository,
        IEnumerable<string> pages,
        IReadOnlyList<string> historyRoots,
        string since,
        HashSet<(string Repository, string Path)> cited,
        Func<string, IReadOnlyList<string>> providersOf)
    {
        // Every change under the roots, newest first, filed under the page's path today.
        var history = new Dictionary<string, List<(Commit Commit, FileChange File)>>();
        foreach (var entry in repository.Log("HEAD", historyRoots))
        {
            foreach (var file in entry.Files)
            {
                var path = PortOneLayout.Normalize(file.Path);
                if (!history.TryGetValue(path, out var list))
                {
                    history[path] = list = [];
                }

                list.Add((entry.Commit, file));
            }
        }

        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            if (cited.Contains((repository.Name, page)) || !history.TryGetValue(page, out var changes))
            {
                continue;
            }

            var after = changes
                .Where(c => !c.File.IsMoveOnly && string.CompareOrdinal(c.Commit.Date, since) > 0)
                .Select(c => c.Commit).Distinct().ToList();
            if (after.Count == 0)
            {
                continue;
            }

            var providers = providersOf(page);
            if (providers.Count > 0)
            {
                var first = changes[^1];
                var added = first.File.Status == 'A' && string.CompareOrdinal(first.Commit.Date, since) > 0;
                yield return new ProviderPageDrift(repository.Name, page, PortOneLayout.PublicUrl(repository.Name, page), providers, added, after);
            }
        }
    }

    /// <summary>(c) The recommended-package page's newest version against the catalog's newest edition.</summary>
    private static PackagePageCheck PackagePage(CatalogFile catalog, Dictionary<string, GitRepository> repositories)
    {
        var page = PortOneLayout.PackagePage;
        var paths = PortOneLayout.PathsOf(page);
        var helpCenter = repositories[PortOneLayout.HelpCenterRepository];
        var newestVersion = TextChanges(helpCenter.Log("HEAD", paths)).FirstOrDefault();

        // OrderBy is stable: of two editions effective the same day, the later in the file is the newer.
        var edition = catalog.Editions.OrderBy(e => e.Effective, StringComparer.Ordinal).LastOrDefault();
        if (edition is null)
        {
            return new PackagePageCheck(page, newestVersion, null, null, [], "the catalog has no edition");
        }

        var source = catalog.Sources.FirstOrDefault(s => s.Key == edition.SourceKey);
        if (source is null || !repositories.TryGetValue(source.Repository, out var repository))
        {
            return new PackagePageCheck(page, newestVersion, edition, null, [], $"edition {edition.Name} cites {edition.SourceKey}, which names no commit of a clone read here");
        }

        var commit = repository.Describe(source.Commit);
        return commit is null
            ? new PackagePageCheck(page, newestVersion, edition, null, [], $"{edition.SourceKey}: commit {source.Commit} is not in the clone")
            : new PackagePageCheck(page, newestVersion, edition, commit, TextChanges(repository.Log(commit.Hash + "..HEAD", paths)), null);
    }

    /// <summary>The commits of a log that changed some file's text (not only moved it), in log order.</summary>
    private static List<Commit> TextChanges(IEnumerable<LogEntry> log) =>
        [.. log.Where(entry => entry.Files.Any(file => !file.IsMoveOnly)).Select(entry => entry.Commit)];
}
