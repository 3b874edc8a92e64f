using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using System.Text;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Localization;

/// <summary>
/// The library's texts, read once from its resources: Korean (<c>Texts.resx</c>) and English
/// (<c>TextsEnglish.resx</c>), both embedded in the main assembly. Lookups go by language, not by culture, so English
/// is served even where no culture can be created (globalization-invariant mode).
/// </summary>
/// <remarks>
/// <para>Templates are <see cref="string.Format(IFormatProvider, string, object[])"/> templates. Arguments are
/// formatted first: enum values by their display names (<c>TypeName.Value</c>), lists joined by
/// <c>Text.ListSeparator</c> (the last two by <c>Text.ListLastSeparator</c>: "A, B and C" in English), texts resolved in the
/// same language. <c>{0:lower}</c> writes an argument with its first letter in lower case (for an English name in
/// the middle of a sentence; a word whose second letter is a capital, such as "PG", is kept).</para>
/// <para>A Korean particle after an argument is written as the format of its item, with both forms:
/// <c>{0:은/는}</c>, <c>{0:이/가}</c>, <c>{0:을/를}</c>, <c>{0:과/와}</c>, <c>{0:으로/로}</c>. The particle is chosen by
/// how the argument's last word is read (see <see cref="KoreanParticles"/>): <c>{0:은/는}</c> gives
/// <c>KG이니시스는</c>, <c>다날은</c>, <c>KSNET은</c>. Never write both forms after a word with one in parentheses: the
/// whole-space text test fails on it.</para>
/// </remarks>
internal static class TextCatalog
{
    private static readonly Dictionary<string, string> Korean = Load("PortOne.Recommendation.Localization.Texts.resources");
    private static readonly Dictionary<string, string> English = Load("PortOne.Recommendation.Localization.TextsEnglish.resources");

    /// <summary>Gets the default culture, ko-KR (the invariant culture, which also reads Korean, where the process
    /// runs in globalization-invariant mode and cannot create ko-KR).</summary>
    public static CultureInfo DefaultCulture { get; } = TextLanguages.CultureOrInvariant("ko-KR");

    /// <summary>Gets every key, for tests.</summary>
    public static IEnumerable<string> Keys => Korean.Keys;

    public static bool IsEnglish(CultureInfo culture) => TextLanguages.Of(culture) == TextLanguage.English;

    /// <summary>Returns the text of a key in a language.</summary>
    /// <exception cref="InvalidOperationException">The key is missing (a defect of the library).</exception>
    public static string Get(string key, TextLanguage language) =>
        (language == TextLanguage.English ? English : Korean).TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"The library has no {language} text for '{key}'.");

    /// <summary>Tells whether a key has a text in both languages.</summary>
    public static bool Has(string key) => Korean.ContainsKey(key) && English.ContainsKey(key);

    public static string Format(string key, object[] arguments, TextLanguage language)
    {
        var template = Get(key, language);
        if (arguments.Length == 0)
        {
            return template;
        }

        var formatted = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            formatted[i] = FormatArgument(arguments[i], language);
        }

        return KoreanParticles.Format(template, formatted);
    }

    /// <summary>Returns the display name of one of the library's enum values.</summary>
    /// <exception cref="InvalidOperationException">The value has no display name: it is not defined.</exception>
    public static string DisplayName(Enum value, TextLanguage language) =>
        Get(value.GetType().Name + "." + value.ToString(), language);

    private static string FormatArgument(object argument, TextLanguage language) => argument switch
    {
        string text => text,
        LocalizableText text => text.Resolve(language),
        Enum value => DisplayName(value, language),
        IEnumerable items => JoinItems(items, language),
        _ => Convert.ToString(argument, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string JoinItems(IEnumerable items, TextLanguage language)
    {
        var parts = new List<string>();
        foreach (var item in items)
        {
            parts.Add(FormatArgument(item!, language));
        }

        if (parts.Count < 2)
        {
            return parts.Count == 0 ? string.Empty : parts[0];
        }

        // "A, B and C" in English; Korean lists every item with the same separator ("A, B, C").
        var builder = new StringBuilder();
        builder.Append(string.Join(Get(TextKeys.TextListSeparator, language), parts.GetRange(0, parts.Count - 1)));
        builder.Append(Get(TextKeys.TextListLastSeparator, language));
        builder.Append(parts[parts.Count - 1]);
        return builder.ToString();
    }

    private static Dictionary<string, string> Load(string resourceName)
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The library is missing its embedded resource '{resourceName}'.");
        using var reader = new ResourceReader(stream);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = reader.GetEnumerator();
        while (entries.MoveNext())
        {
            if (entries.Key is string key && entries.Value is string value)
            {
                texts[key] = value;
            }
        }

        return texts;
    }
}
