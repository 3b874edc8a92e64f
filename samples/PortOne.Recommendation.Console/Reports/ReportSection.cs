namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>A part of a <see cref="Report"/> with a heading: a <see cref="TableSection"/> or a <see cref="ListSection"/>.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="EmptyText">What to write when the section has nothing to show.</param>
internal abstract record ReportSection(string Heading, string EmptyText);
