using System;
using System.IO;
using System.Text;
using PortOne.Recommendation.ConsoleSample.Json;
using PortOne.Recommendation.ConsoleSample.Reports;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>Writes a report in the chosen format to standard output or, with <c>--output</c>, to a file.</summary>
/// <param name="io">The standard streams.</param>
/// <param name="format">The format.</param>
/// <param name="outputPath">The file to write, or <see langword="null"/> for standard output.</param>
/// <param name="language">The language of error messages.</param>
internal sealed class ReportOutput(AppIo io, OutputFormat format, string? outputPath, Language language)
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="report"/>, or <paramref name="json"/> when the format is JSON.</summary>
    public void Write(Report report, object json)
    {
        if (outputPath is null)
        {
            try
            {
                Write(report, json, io.Output, io.OutputIsTerminal);
                io.Output.Flush();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                throw new OutputUnavailableException(UiTexts.StandardOutputNotWritable.Format(language, ex.Message), ex);
            }

            return;
        }

        var text = new StringWriter { NewLine = "\n" };
        Write(report, json, text, toTerminal: false);
        try
        {
            if (string.IsNullOrWhiteSpace(outputPath))
            {
                throw new BadInputException(UiTexts.OutputPathEmpty.In(language));
            }

            File.WriteAllText(outputPath, text.ToString(), Utf8WithoutBom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BadInputException(UiTexts.OutputNotWritable.Format(language, outputPath, ex.Message), ex);
        }
    }

    private void Write(Report report, object json, TextWriter writer, bool toTerminal)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.Write(ContractJson.Serialize(json));
                break;
            case OutputFormat.Markdown:
                writer.Write(MarkdownReportRenderer.Render(report));
                break;
            default:
                TextReportRenderer.Render(report, writer, toTerminal);
                break;
        }
    }
}
