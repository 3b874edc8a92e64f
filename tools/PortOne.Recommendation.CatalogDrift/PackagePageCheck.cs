using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>(c) The recommended-package page at HEAD against the catalog's newest edition.</summary>
/// <param name="Path">The page's path today.</param>
/// <param name="NewestVersion">The newest commit that changed the page's text; <see langword="null"/> if it has none.</param>
/// <param name="Edition">The newest edition (latest <c>effective</c> date); <see langword="null"/> if the catalog has none.</param>
/// <param name="EditionCommit">The commit the edition's source key cites; <see langword="null"/> if it cannot be found.</param>
/// <param name="ChangesAfterEdition">The commits after <paramref name="EditionCommit"/> that changed the page's text, newest first.</param>
/// <param name="Problem">Why the comparison could not be made, or <see langword="null"/>.</param>
internal sealed record PackagePageCheck(
    string Path,
    Commit? NewestVersion,
    CatalogEdition? Edition,
    Commit? EditionCommit,
    IReadOnlyList<Commit> ChangesAfterEdition,
    string? Problem)
{
    /// <summary>Whether the page changed after the newest edition's commit, or could not be compared.</summary>
    public bool IsDrift => ChangesAfterEdition.Count > 0 || Problem is not null;
}
