using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// Finds the catalog providers a page names, through <see cref="ProviderSpellings"/>, and collects what the map does
/// not know: catalog providers without spellings, and <c>pgCompanies</c> values or guide names it has never seen.
/// </summary>
internal sealed class ProviderMatcher
{
    private readonly IReadOnlyList<string> _providers;
    private readonly List<ProviderSpelling> _spellings;
    private readonly HashSet<string> _knownCompanies;

    /// <param name="providers">The catalog's providers, in catalog order (the order of every answer).</param>
    public ProviderMatcher(IReadOnlyList<string> providers)
    {
        _providers = providers;
        _spellings = [.. ProviderSpellings.All.Where(s => providers.Contains(s.Provider))];
        _knownCompanies = [.. ProviderSpellings.All.SelectMany(s => s.Names), .. ProviderSpellings.OtherCompanies];
        MissingFromMap = [.. providers.Where(p => ProviderSpellings.All.All(s => s.Provider != p))];
    }

    /// <summary>Catalog providers that have no entry in <see cref="ProviderSpellings"/>: their pages cannot be found.</summary>
    public IReadOnlyList<string> MissingFromMap { get; }

    /// <summary>
    /// The providers a help page names by its <c>pgCompanies</c>, its title (the longest name first, so that
    /// "토스페이먼츠" is not read as "토스페이") or a word of its file name.
    /// </summary>
    /// <param name="path">The page's path.</param>
    /// <param name="frontMatter">The page's front matter.</param>
    /// <param name="unknownCompanies">Receives the page's <c>pgCompanies</c> values the map does not know.</param>
    public IReadOnlyList<string> HelpPage(string path, FrontMatter frontMatter, ICollection<string> unknownCompanies)
    {
        var named = new HashSet<string>();
        foreach (var company in frontMatter.PgCompanies)
        {
            if (!_knownCompanies.Contains(company))
            {
                unknownCompanies.Add(company);
            }

            named.UnionWith(_spellings.Where(s => s.Names.Contains(company)).Select(s => s.Provider));
        }

        var title = frontMatter.Title;
        foreach (var (name, provider) in _spellings
            .SelectMany(s => s.Names.Select(name => (name, s.Provider)))
            .OrderByDescending(n => n.name.Length).ThenBy(n => n.name, StringComparer.Ordinal))
        {
            if (title.Contains(name, StringComparison.Ordinal))
            {
                named.Add(provider);
                title = title.Replace(name, " ", StringComparison.Ordinal);
            }
        }

        var words = Path.GetFileNameWithoutExtension(path).Split('-', '_', '.');
        named.UnionWith(_spellings.Where(s => s.FileWords.Intersect(words).Any()).Select(s => s.Provider));

        return InCatalogOrder(named);
    }

    /// <summary>The providers whose guide a developer-guide file is; <see langword="null"/> if the map does not know its name.</summary>
    public IReadOnlyList<string>? Guide(string path)
    {
        var name = PortOneLayout.GuideName(path);
        if (ProviderSpellings.OtherGuides.Contains(name))
        {
            return [];
        }

        var owners = ProviderSpellings.All.Where(s => s.GuideNames.Contains(name)).ToList();
        return owners.Count == 0 ? null : InCatalogOrder(owners.Select(s => s.Provider).Where(_providers.Contains));
    }

    private List<string> InCatalogOrder(IEnumerable<string> providers)
    {
        var set = providers.ToHashSet();
        return [.. _providers.Where(set.Contains)];
    }
}
