using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>Everything one run of the check found, in the order the report lists it.</summary>
/// <param name="CatalogVersion">The catalog's <c>version</c>.</param>
/// <param name="Snapshot">The catalog's <c>snapshot</c> date.</param>
/// <param name="Since">The day after which (b) looks for pages (the snapshot date unless <c>--since</c> says otherwise).</param>
/// <param name="Heads">The clones read, by repository name.</param>
/// <param name="CitedFiles">(a), by repository and path.</param>
/// <param name="ProviderPages">(b), by repository and path.</param>
/// <param name="MissingFromMap">(b) Catalog providers the spelling map lacks.</param>
/// <param name="UnknownSpellings">(b) Spellings on the pages looked at that the map lacks, by repository, path and spelling.</param>
/// <param name="PackagePage">(c).</param>
internal sealed record DriftReport(
    string CatalogVersion,
    string Snapshot,
    string Since,
    IReadOnlyList<RepositoryHead> Heads,
    IReadOnlyList<CitedFileDrift> CitedFiles,
    IReadOnlyList<ProviderPageDrift> ProviderPages,
    IReadOnlyList<string> MissingFromMap,
    IReadOnlyList<UnknownSpelling> UnknownSpellings,
    PackagePageCheck PackagePage)
{
    /// <summary>Whether the report lists anything for a maintainer to look at.</summary>
    public bool HasDrift =>
        CitedFiles.Count > 0 || ProviderPages.Count > 0 || MissingFromMap.Count > 0 || UnknownSpellings.Count > 0
        || PackagePage.IsDrift;
}
