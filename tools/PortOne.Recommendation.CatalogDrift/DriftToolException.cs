using System;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// A problem that stops the check before it can report anything (a missing or non-git folder, a missing or malformed
/// catalog, a bad argument): the command prints its message and exits with code 2.
/// </summary>
internal sealed class DriftToolException : Exception
{
    public DriftToolException(string message, bool showUsage = false)
        : base(message) => ShowUsage = showUsage;

    /// <summary>Whether the usage text follows the message (a bad command line).</summary>
    public bool ShowUsage { get; }
}
