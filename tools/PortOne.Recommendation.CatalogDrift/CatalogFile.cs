using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>What the check reads from <c>ProviderCatalog.xml</c>: its snapshot date, providers, sources and editions.</summary>
internal sealed partial class CatalogFile
{
    /// <summary>The catalog's place in this repository, relative to its root.</summary>
    public const string RelativePath = "src/PortOne.Recommendation/Catalog/ProviderCatalog.xml";

    private CatalogFile(string version, string snapshot, IReadOnlyList<string> providers, IReadOnlyList<CatalogSource> sources, IReadOnlyList<CatalogEdition> editions)
    {
        Version = version;
        Snapshot = snapshot;
        Providers = providers;
        Sources = sources;
        Editions = editions;
    }

    /// <summary>The catalog's <c>version</c> attribute.</summary>
    public string Version { get; }

    /// <summary>The day PortOne's sources were last read for the catalog (<c>snapshot</c>, yyyy-MM-dd).</summary>
    public string Snapshot { get; }

    /// <summary>The provider names of <c>&lt;providers&gt;</c>, in file order.</summary>
    public IReadOnlyList<string> Providers { get; }

    public IReadOnlyList<CatalogSource> Sources { get; }

    public IReadOnlyList<CatalogEdition> Editions { get; }

    /// <exception cref="DriftToolException">The file is missing, not XML, or not shaped like the catalog.</exception>
    public static CatalogFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DriftToolException($"the catalog was not found: {path}");
        }

        XElement root;
        try
        {
            root = XDocument.Load(path).Root!;
        }
        catch (XmlException e)
        {
            throw new DriftToolException($"the catalog {path} is not well-formed XML: {e.Message}");
        }

        string Required(XElement element, string attribute) => element.Attribute(attribute)?.Value
            ?? throw new DriftToolException($"{path}: <{element.Name}> has no {attribute} attribute.");

        if (root.Name != "catalog")
        {
            throw new DriftToolException($"{path}: the root element is <{root.Name}>, not <catalog>.");
        }

        var snapshot = Date(Required(root, "snapshot"), $"{path}: <catalog snapshot>");
        var providers = root.Elements("providers").Elements("provider").Select(p => Required(p, "name")).ToList();
        var sources = root.Elements("sources").Elements("source").Select(s =>
        {
            var key = Required(s, "key");
            var evidence = Required(s, "evidence");
            var match = EvidencePattern().Match(evidence);
            return match.Success
                ? new CatalogSource(key, match.Groups["repo"].Value, match.Groups["path"].Value, match.Groups["commit"].Value)
                : throw new DriftToolException(
                    $"{path}: source {key} has evidence \"{evidence}\", not of the form portone-io/<repository>:<path>@<commit>.");
        }).ToList();
        var editions = root.Elements("editions").Elements("edition").Select(e => new CatalogEdition(
            Required(e, "name"), Date(Required(e, "effective"), $"{path}: edition {Required(e, "name")}"), Required(e, "source"))).ToList();

        return new CatalogFile(Required(root, "version"), snapshot, providers, sources, editions);
    }

    /// <summary>Checks that <paramref name="value"/> is a date written yyyy-MM-dd and returns it.</summary>
    /// <exception cref="DriftToolException">It is not.</exception>
    public static string Date(string value, string what) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value
            : throw new DriftToolException($"{what}: \"{value}\" is not a date written yyyy-MM-dd.");

    [GeneratedRegex("^portone-io/(?<repo>[^:]+):(?<path>[^@]+)@(?<commit>[0-9a-f]{7,40})$")]
    private static partial Regex EvidencePattern();
}
