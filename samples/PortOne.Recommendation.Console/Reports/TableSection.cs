using System.Collections.Generic;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>A section shown as a table, with sentences under it if any.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="EmptyText">What to write when there are no rows.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
internal sealed record TableSection(
    string Heading,
    string EmptyText,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows)
    : ReportSection(Heading, EmptyText)
{
    /// <summary>Sentences written under the table (or under <see cref="ReportSection.EmptyText"/>), one per line.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The widths of the first columns in the text layout, in terminal cells (<see langword="null"/> or
    /// missing: as wide as the text needs); the last column takes the rest. Markdown has no widths.</summary>
    public IReadOnlyList<int?> TextWidths { get; init; } = [];
}
