using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>A commit and the files it changed (within the paths asked for).</summary>
internal sealed record LogEntry(Commit Commit, IReadOnlyList<FileChange> Files);
