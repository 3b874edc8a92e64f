using System.Collections.Generic;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>A report in words, ready for any of the text formats: a title, an optional summary and its sections.</summary>
/// <param name="Title">The heading of the whole report.</param>
/// <param name="Summary">One line under the title, or <see langword="null"/>.</param>
/// <param name="Sections">The sections, in order.</param>
internal sealed record Report(string Title, string? Summary, IReadOnlyList<ReportSection> Sections);
