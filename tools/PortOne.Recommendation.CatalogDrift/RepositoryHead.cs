namespace PortOne.Recommendation.CatalogDrift;

/// <summary>The commit at HEAD of one clone the check read.</summary>
internal sealed record RepositoryHead(string Repository, Commit Head);
