using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// (a) A file the catalog cites that changed after the newest commit it is cited at, or whose citation is broken.
/// </summary>
/// <param name="Repository">The repository under portone-io.</param>
/// <param name="Path">The file's path today (a help page cited in the old tree is shown at its new path).</param>
/// <param name="Keys">The source keys that cite it, in catalog order.</param>
/// <param name="NewestCited">The newest commit any of them cites; <see langword="null"/> if the clone has none of them.</param>
/// <param name="Changes">The commits after <paramref name="NewestCited"/> that changed the file's text, newest first.</param>
/// <param name="Problems">What is wrong with the citation itself (a commit the clone lacks, a file gone from HEAD …).</param>
internal sealed record CitedFileDrift(
    string Repository,
    string Path,
    IReadOnlyList<string> Keys,
    Commit? NewestCited,
    IReadOnlyList<Commit> Changes,
    IReadOnlyList<string> Problems);
