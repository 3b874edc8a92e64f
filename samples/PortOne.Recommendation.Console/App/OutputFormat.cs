namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>What <c>--format</c> selects.</summary>
internal enum OutputFormat
{
    /// <summary>A table and lists for people; in colour on a terminal.</summary>
    Text,

    /// <summary>The engine's result as contract JSON, for scripts.</summary>
    Json,

    /// <summary>The same report as <see cref="Text"/>, in Markdown.</summary>
    Markdown,
}
