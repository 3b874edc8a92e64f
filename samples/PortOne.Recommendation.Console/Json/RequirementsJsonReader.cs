using System;
using System.IO;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Texts;
using PortOne.Recommendation.Json;

namespace PortOne.Recommendation.ConsoleSample.Json;

/// <summary>
/// Reads <see cref="MerchantRequirements"/> with the library's strict reader
/// (<see cref="RecommendationJson.ReadRequirements(ReadOnlySpan{byte})"/>). What is console-only: the size limit, and
/// messages in the user's language that name the input (file or standard input).
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
        try
        {
            return RecommendationJson.ReadRequirements(json.Span);
        }
        catch (RequirementsJsonException ex)
        {
            throw new BadInputException(Describe(ex, source, language), ex);
        }
    }

    /// <summary>The library's error in the user's language, on one line.</summary>
    internal static string Describe(RequirementsJsonException ex, string source, Language language)
    {
        var path = ex.Path ?? "$";
        var allowed = string.Join(", ", ex.Allowed);
        return ex.Kind switch
        {
            RequirementsJsonErrorKind.Empty => UiTexts.InputEmpty.Format(language, source),
            RequirementsJsonErrorKind.Malformed => UiTexts.MalformedJson.Format(language, source, path, ex.Line ?? 1, ex.Column ?? 1, ex.Reason ?? string.Empty),
            RequirementsJsonErrorKind.UnknownProperty => UiTexts.UnknownProperty.Format(language, source, path, ex.PropertyName ?? string.Empty, allowed),
            RequirementsJsonErrorKind.DuplicateProperty => UiTexts.DuplicateProperty.Format(language, source, path),
            RequirementsJsonErrorKind.BadEnumValue => UiTexts.BadEnumValue.Format(language, source, path, ex.Value ?? string.Empty, allowed),
            RequirementsJsonErrorKind.WrongType => UiTexts.WrongType.Format(
                language, source, path, Expected(ex, language), Found(ex, language)),
            _ => UiTexts.UnreadableValue.Format(language, source, path, ex.Reason ?? ex.Message),
        };
    }

    private static string Expected(RequirementsJsonException ex, Language language) => ex.Expected switch
    {
        JsonValueShape.EnumString => UiTexts.KindEnum.Format(language, string.Join(", ", ex.Allowed)),
        { } shape => Kind(shape, language),
        null => UiTexts.KindObject.In(language),
    };

    private static string Found(RequirementsJsonException ex, Language language) => ex.Found switch
    {
        JsonValueShape.Boolean => ex.FoundText ?? "true",
        JsonValueShape.String or JsonValueShape.Number => Kind(ex.Found.Value, language) + " " + ex.FoundText,
        { } shape => Kind(shape, language),
        null => UiTexts.KindNull.In(language),
    };

    private static string Kind(JsonValueShape shape, Language language) => shape switch
    {
        JsonValueShape.Object => UiTexts.KindObject.In(language),
        JsonValueShape.Array => UiTexts.KindArray.In(language),
        JsonValueShape.Boolean => UiTexts.KindBoolean.In(language),
        JsonValueShape.String or JsonValueShape.EnumString => UiTexts.KindString.In(language),
        JsonValueShape.Number => UiTexts.KindNumber.In(language),
        _ => UiTexts.KindNull.In(language),
    };

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
}
