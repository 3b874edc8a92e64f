using System;
using System.IO;
using System.Linq;
using Spectre.Console;

namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>Writes a <see cref="Report"/> for people: a table and marked lists, in colour on a terminal only.</summary>
internal static class TextReportRenderer
{
    /// <summary>The width used when the report does not go to a terminal (a file, a pipe), so that it never changes.</summary>
    public const int RedirectedWidth = 120;

    /// <summary>Writes the report; in colour and as wide as the terminal when <paramref name="toTerminal"/>, else
    /// plain, <see cref="RedirectedWidth"/> wide and without trailing spaces.</summary>
    public static void Render(Report report, TextWriter writer, bool toTerminal)
    {
        if (toTerminal)
        {
            Render(report, CreateConsole(writer, toTerminal: true));
            return;
        }

        var plain = new StringWriter { NewLine = "\n" };
        var console = CreateConsole(plain, toTerminal: false);
        console.Profile.Width = RedirectedWidth;
        Render(report, console);
        foreach (var line in plain.ToString().Split('\n').SkipLast(1))
        {
            writer.Write(line.TrimEnd());
            writer.Write('\n');
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool toTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = toTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = toTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    private static void Render(Report report, IAnsiConsole console)
    {
        console.MarkupLine("[bold]" + Markup.Escape(report.Title) + "[/]");
        if (report.Summary is { } summary)
        {
            console.MarkupLine("[grey]" + Markup.Escape(summary) + "[/]");
        }

        foreach (var detail in report.Details)
        {
            console.MarkupLine("[grey]" + Markup.Escape(detail) + "[/]");
        }

        foreach (var section in report.Sections)
        {
            console.WriteLine();
            console.MarkupLine("[bold underline]" + Markup.Escape(section.Heading) + "[/]");
            switch (section)
            {
                case TableSection table:
                    RenderTable(table, console);
                    break;
                case ListSection list:
                    RenderList(list, console);
                    break;
                case SourceListSection sources:
                    RenderSources(sources, console);
                    break;
                default:
                    throw new NotSupportedException($"No text layout for {section.GetType().Name}.");
            }
        }
    }

    private static void RenderTable(TableSection section, IAnsiConsole console)
    {
        if (section.Rows.Count == 0)
        {
            console.WriteLine(section.EmptyText);
        }
        else
        {
            console.Write(Table(section));
        }

        foreach (var note in section.Notes)
        {
            console.WriteLine(note);
        }
    }

    private static Table Table(TableSection section)
    {
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        for (var i = 0; i < section.Columns.Count; i++)
        {
            var column = new TableColumn(new Text(section.Columns[i], new Style(decoration: Decoration.Bold)));
            if (i < section.TextWidths.Count && section.TextWidths[i] is { } width)
            {
                column.Width(width);
            }

            table.AddColumn(column);
        }

        foreach (var row in section.Rows)
        {
            table.AddRow(row.Select(cell => new Text(cell)));
        }

        return table;
    }

    private static void RenderList(ListSection section, IAnsiConsole console)
    {
        if (section.Items.Count == 0)
        {
            console.WriteLine(section.EmptyText);
            return;
        }

        var marker = section.Tone switch
        {
            ListTone.Caution => "[yellow]![/]",
            ListTone.Benefit => "[green]+[/]",
            ListTone.Checklist => "[[ ]]",
            _ => "[blue]•[/]",
        };
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        foreach (var item in section.Items)
        {
            grid.AddRow(new Markup(marker), new Text(item));
        }

        console.Write(grid);
    }

    private static void RenderSources(SourceListSection section, IAnsiConsole console)
    {
        if (section.Urls.Count == 0)
        {
            console.WriteLine(section.EmptyText);
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        for (var i = 0; i < section.Urls.Count; i++)
        {
            grid.AddRow(new Text($"[{i + 1}]", new Style(Color.Grey)), new Text(section.Urls[i]));
        }

        console.Write(grid);
    }
}
