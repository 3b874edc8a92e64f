using System.Collections.Generic;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>A section of numbered web pages: the sources that the report's <c>[1]</c> marks point to.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="EmptyText">What to write when there are no pages.</param>
/// <param name="Urls">The pages; the first is number 1.</param>
internal sealed record SourceListSection(string Heading, string EmptyText, IReadOnlyList<string> Urls)
    : ReportSection(Heading, EmptyText);
