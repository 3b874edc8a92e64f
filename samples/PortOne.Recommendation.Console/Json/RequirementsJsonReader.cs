using System;
using System.IO;
using System.Text.Json;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Json;

/// <summary>
/// Reads <see cref="MerchantRequirements"/> from JSON as the contract defines it, strictly: the size is limited,
/// malformed or empty JSON, unknown or repeated properties, wrong types and enum strings that are not allowed are
/// refused with a message that names the JSON path.
/// </summary>
internal static class RequirementsJsonReader
{
    /// <summary>The largest input read: 1 MiB. Real requirements take a few hundred bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Reads the requirements from a stream.</summary>
    /// <param name="stream">The JSON, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="source">What to call the input in messages: the file name or "standard input".</param>
    /// <param name="language">The language of the messages.</param>
    /// <exception cref="BadInputException">The input is not valid requirements JSON.</exception>
    public static MerchantRequirements Read(Stream stream, string source, Language language)
    {
        var json = ReadLimited(stream, source, language);
        return Parse(json, source, language);
    }

    /// <summary>Reads the requirements from JSON already in memory.</summary>
    /// <exception cref="BadInputException">The input is not valid requirements JSON.</exception>
    public static MerchantRequirements Parse(ReadOnlyMemory<byte> json, string source, Language language)
    {
        json = SkipByteOrderMark(json);
        if (IsBlank(json.Span))
        {
            throw new BadInputException(UiTexts.InputEmpty.Format(language, source));
        }

        JsonSyntaxCheck.ThrowIfMalformed(json.Span, source, language);
        using var document = JsonDocument.Parse(json);
        new JsonShapeValidator(ContractJson.Options, source, language)
            .ValidateRoot(document.RootElement, typeof(MerchantRequirements));
        try
        {
            return document.RootElement.Deserialize<MerchantRequirements>(ContractJson.Options)!;
        }
        catch (JsonException ex)
        {
            // Only what the shape check leaves to the serializer ends here, such as a number out of range.
            throw new BadInputException(
                UiTexts.UnreadableValue.Format(language, source, ex.Path ?? JsonPaths.Root, ex.Message),
                ex);
        }
    }

    private static ReadOnlyMemory<byte> ReadLimited(Stream stream, string source, Language language)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new BadInputException(UiTexts.InputTooLarge.Format(language, source, MaxBytes));
            }
        }

        return buffer.ToArray();
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(ReadOnlyMemory<byte> json) =>
        json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? json[3..] : json;

    private static bool IsBlank(ReadOnlySpan<byte> json) => json.Trim((ReadOnlySpan<byte>)" \t\r\n"u8).IsEmpty;
}
