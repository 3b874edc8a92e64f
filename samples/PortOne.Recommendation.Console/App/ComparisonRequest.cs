namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>A comparison asked for on the command line: the run's answer (before) against one other (after).</summary>
internal abstract record ComparisonRequest;

/// <summary><c>--compare-edition</c>: the run's package edition against <paramref name="After"/>.</summary>
/// <param name="After">The edition to compare to.</param>
internal sealed record EditionComparison(EditionChoice After) : ComparisonRequest;

/// <summary><c>--compare-api</c>: the requirements' API version (or either) against <paramref name="After"/>.</summary>
/// <param name="After">The API version to compare to.</param>
internal sealed record ApiVersionComparison(PortOneApiVersion After) : ComparisonRequest;
