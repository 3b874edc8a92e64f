using System.Collections.Generic;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>A section shown as a list of sentences.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="EmptyText">What to write when there are no items.</param>
/// <param name="Tone">Whether the items are things to watch out for or good news; only the colours differ.</param>
/// <param name="Items">The sentences.</param>
internal sealed record ListSection(string Heading, string EmptyText, ListTone Tone, IReadOnlyList<string> Items)
    : ReportSection(Heading, EmptyText);
