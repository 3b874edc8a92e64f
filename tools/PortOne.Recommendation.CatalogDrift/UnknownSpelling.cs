namespace PortOne.Recommendation.CatalogDrift;

/// <summary>(b) A spelling on a page that <see cref="ProviderSpellings"/> does not know, so the page's provider is unknown.</summary>
/// <param name="Kind">"pgCompanies value" or "guide name".</param>
/// <param name="Spelling">The value or name.</param>
/// <param name="Repository">The repository under portone-io.</param>
/// <param name="Path">The page where it was found.</param>
internal sealed record UnknownSpelling(string Kind, string Spelling, string Repository, string Path);
