using System.Collections.Generic;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>A report in words, ready for any of the text formats: a title, an optional summary, a few lines on what it
/// assumed, and its sections.</summary>
/// <param name="Title">The heading of the whole report.</param>
/// <param name="Summary">One line under the title, or <see langword="null"/>.</param>
/// <param name="Details">Short lines under the summary, such as the package edition; may be empty.</param>
/// <param name="Sections">The sections, in order.</param>
internal sealed record Report(string Title, string? Summary, IReadOnlyList<string> Details, IReadOnlyList<ReportSection> Sections);
