namespace PortOne.Recommendation.CatalogDrift;

/// <summary>One file in one commit, from <c>git log --raw -M</c>.</summary>
/// <param name="Status">A (added), M (modified), D (deleted), R (renamed), C (copied), T (type changed).</param>
/// <param name="IsMoveOnly">A rename with identical content (R100): the text did not change.</param>
/// <param name="Path">The file's path after the commit (for a rename, the new path).</param>
internal sealed record FileChange(char Status, bool IsMoveOnly, string Path);
