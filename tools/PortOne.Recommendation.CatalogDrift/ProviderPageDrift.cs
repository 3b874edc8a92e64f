using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>(b) A page naming a catalog provider, added or changed after the snapshot date, that no source cites.</summary>
/// <param name="Repository">The repository under portone-io.</param>
/// <param name="Path">The file's path at HEAD.</param>
/// <param name="Url">The page a merchant reads.</param>
/// <param name="Providers">The catalog providers it names, in catalog order.</param>
/// <param name="Added">Whether the page itself first appeared after the snapshot date (else it changed).</param>
/// <param name="Changes">The commits after the snapshot date that changed its text, newest first.</param>
internal sealed record ProviderPageDrift(
    string Repository,
    string Path,
    string Url,
    IReadOnlyList<string> Providers,
    bool Added,
    IReadOnlyList<Commit> Changes);
