using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>Writes a <see cref="Report"/> as Markdown: a heading per section, a pipe table, bullet lists.</summary>
internal static class MarkdownReportRenderer
{
    public static string Render(Report report)
    {
        var markdown = new StringBuilder();
        markdown.Append("# ").Append(Inline(report.Title)).Append('\n');
        if (report.Summary is { } summary)
        {
            markdown.Append('\n').Append(Inline(summary)).Append('\n');
        }

        if (report.Details.Count > 0)
        {
            markdown.Append('\n');
            foreach (var detail in report.Details)
            {
                markdown.Append("- ").Append(Inline(detail)).Append('\n');
            }
        }

        foreach (var section in report.Sections)
        {
            markdown.Append("\n## ").Append(Inline(section.Heading)).Append("\n\n");
            switch (section)
            {
                case TableSection table:
                    AppendTable(table, markdown);
                    break;
                case ListSection list:
                    AppendList(list, markdown);
                    break;
                case SourceListSection sources:
                    AppendSources(sources, markdown);
                    break;
                default:
                    throw new NotSupportedException($"No Markdown layout for {section.GetType().Name}.");
            }
        }

        return markdown.ToString();
    }

    private static void AppendTable(TableSection section, StringBuilder markdown)
    {
        if (section.Rows.Count == 0)
        {
            markdown.Append(Inline(section.EmptyText)).Append('\n');
        }
        else
        {
            AppendRow(section.Columns.Select(Inline), markdown);
            AppendRow(section.Columns.Select(_ => "---"), markdown);
            foreach (var row in section.Rows)
            {
                AppendRow(row.Select(Inline), markdown);
            }
        }

        // A blank line first: a line right under a table would be read as one more row.
        foreach (var note in section.Notes)
        {
            markdown.Append('\n').Append(Inline(note)).Append('\n');
        }
    }

    private static void AppendList(ListSection section, StringBuilder markdown)
    {
        if (section.Items.Count == 0)
        {
            markdown.Append(Inline(section.EmptyText)).Append('\n');
            return;
        }

        foreach (var item in section.Items)
        {
            markdown.Append(section.Tone == ListTone.Checklist ? "- [ ] " : "- ").Append(Inline(item)).Append('\n');
        }
    }

    /// <summary>The pages as a numbered list, each an autolink (<c>&lt;https://…&gt;</c>) when it can be one.</summary>
    private static void AppendSources(SourceListSection section, StringBuilder markdown)
    {
        if (section.Urls.Count == 0)
        {
            markdown.Append(Inline(section.EmptyText)).Append('\n');
            return;
        }

        for (var i = 0; i < section.Urls.Count; i++)
        {
            markdown.Append(i + 1).Append(". ").Append(Link(section.Urls[i])).Append('\n');
        }
    }

    /// <summary>An absolute http(s) address as an autolink; anything else as text.</summary>
    private static string Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>')
            ? "<" + url + ">"
            : Inline(url);

    private static void AppendRow(IEnumerable<string> cells, StringBuilder markdown) =>
        markdown.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    /// <summary>Text on one line, with the characters Markdown would read as inline formatting or a cell border
    /// escaped (the text never starts a line, so '#', '>' and '-' need nothing).</summary>
    private static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
