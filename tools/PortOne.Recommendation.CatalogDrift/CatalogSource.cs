namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// A catalog <c>&lt;source&gt;</c>: its key and the file and commit of its <c>evidence</c>
/// (<c>portone-io/&lt;Repository&gt;:&lt;Path&gt;@&lt;Commit&gt;</c>).
/// </summary>
internal sealed record CatalogSource(string Key, string Repository, string Path, string Commit);
