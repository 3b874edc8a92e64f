namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>How a <see cref="ListSection"/> reads: its marker and, on a terminal, its colour.</summary>
internal enum ListTone
{
    /// <summary>Things to watch out for: <c>!</c>, yellow.</summary>
    Caution,

    /// <summary>Good news: <c>+</c>, green.</summary>
    Benefit,

    /// <summary>Changes between two answers, neither good nor bad as such: <c>•</c>, blue.</summary>
    Change,

    /// <summary>Things to do, one box each to tick: <c>[ ]</c> (a Markdown task list item).</summary>
    Checklist,
}
