namespace PortOne.Recommendation.CatalogDrift;

/// <summary>A catalog <c>&lt;edition&gt;</c>: its name, <c>effective</c> date (yyyy-MM-dd) and source key.</summary>
internal sealed record CatalogEdition(string Name, string Effective, string SourceKey);
