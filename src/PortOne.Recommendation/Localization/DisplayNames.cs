using System;
using System.Globalization;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>
/// The Korean and English names of the library's enum values (providers, services, brands, package items, paths,
/// purposes, advisory and benefit codes), as the recommendations write them. Handy for reports and forms.
/// </summary>
public static class DisplayNames
{
    /// <summary>Returns the display name of a value, for example 나이스페이먼츠 or "NICE Payments".</summary>
    /// <typeparam name="TEnum">One of the library's public enums.</typeparam>
    /// <param name="value">A defined value of <typeparamref name="TEnum"/>.</param>
    /// <param name="culture">The culture to write in; English cultures get English, every other culture Korean.
    /// <see langword="null"/> means Korean.</param>
    /// <returns>The display name.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not one of the library's enums, or
    /// <paramref name="value"/> is not a defined value.</exception>
    public static string Of<TEnum>(TEnum value, CultureInfo? culture = null)
        where TEnum : struct, Enum
    {
        var key = typeof(TEnum).Name + "." + value.ToString();
        if (typeof(TEnum).Assembly != typeof(DisplayNames).Assembly || !TextCatalog.Has(key) || !IsDefined(value))
        {
            throw new ArgumentException(
                $"'{value}' of {typeof(TEnum).FullName} has no display name: only defined values of this library's enums have one.",
                nameof(value));
        }

        return TextCatalog.Get(key, culture is null ? TextLanguage.Korean : TextLanguages.Of(culture));
    }

    private static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Array.IndexOf(Internal.EnumValues<TEnum>.All, value) >= 0;
}
