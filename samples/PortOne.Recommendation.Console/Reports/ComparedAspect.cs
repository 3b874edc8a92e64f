namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>What a comparison changes between its two answers.</summary>
internal enum ComparedAspect
{
    /// <summary>The package edition (<c>--compare-edition</c>).</summary>
    Edition,

    /// <summary>The PortOne API version (<c>--compare-api</c>).</summary>
    ApiVersion,
}
