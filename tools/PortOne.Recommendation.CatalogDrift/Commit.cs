namespace PortOne.Recommendation.CatalogDrift;

/// <summary>One commit as the report shows it.</summary>
/// <param name="Hash">The full hash.</param>
/// <param name="ShortHash">The short hash (<c>%h</c>).</param>
/// <param name="Date">The committer date, <c>yyyy-MM-dd</c> (<c>%cs</c>).</param>
/// <param name="Timestamp">The committer date in seconds since 1970 (<c>%ct</c>), to order cited commits.</param>
/// <param name="Subject">The first line of the message.</param>
internal sealed record Commit(string Hash, string ShortHash, string Date, long Timestamp, string Subject);
