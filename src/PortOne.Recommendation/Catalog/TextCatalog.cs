using System;
using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Catalog;

/// <summary>
/// Reads the library's texts from its resources: Korean in the main assembly (the neutral language), English in
/// the <c>en</c> satellite assembly. Any culture other than English falls back to Korean.
/// </summary>
internal static class TextCatalog
{
    private static readonly ResourceManager Resources =
        new("PortOne.Recommendation.Catalog.Texts", typeof(TextCatalog).Assembly);

    /// <summary>Gets the default culture, ko-KR (the invariant culture, which also reads Korean, where the process
    /// runs in globalization-invariant mode and cannot create ko-KR).</summary>
    public static CultureInfo DefaultCulture { get; } = CreateDefaultCulture();

    public static bool IsEnglish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the text of a key in a culture.</summary>
    /// <exception cref="InvalidOperationException">The key is missing (a defect of the library).</exception>
    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture)
        ?? throw new InvalidOperationException($"The library has no text for '{key}'.");

    /// <summary>Tells whether a key has a text in the neutral (Korean) resources.</summary>
    public static bool Has(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) is not null;

    public static string Format(string key, object[] arguments, CultureInfo culture)
    {
        var template = Get(key, culture);
        if (arguments.Length == 0)
        {
            return template;
        }

        var formatted = new object[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            formatted[i] = FormatArgument(arguments[i], culture);
        }

        return string.Format(culture, template, formatted);
    }

    /// <summary>Returns the display name of one of the library's enum values.</summary>
    public static string DisplayName(Enum value, CultureInfo culture) =>
        Get(value.GetType().Name + "." + value.ToString(), culture);

    private static string FormatArgument(object argument, CultureInfo culture) => argument switch
    {
        string text => text,
        LocalizableText text => text.Resolve(culture),
        Enum value => DisplayName(value, culture),
        IEnumerable items => JoinItems(items, culture),
        _ => Convert.ToString(argument, culture) ?? string.Empty,
    };

    private static string JoinItems(IEnumerable items, CultureInfo culture)
    {
        var separator = Get(TextKeys.TextListSeparator, culture);
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(FormatArgument(item!, culture));
        }

        return builder.ToString();
    }

    private static CultureInfo CreateDefaultCulture()
    {
        try
        {
            return CultureInfo.GetCultureInfo("ko-KR");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
