using System;
using System.Globalization;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// A text that is turned into Korean or English only when the result is built, in the culture the engine was
/// configured with. Built-in rules use the library's resources; your own rules use <see cref="Of(string, string?)"/>.
/// </summary>
public sealed class LocalizableText : IEquatable<LocalizableText>
{
    private readonly string? _resourceKey;
    private readonly object[] _arguments;
    private readonly string? _korean;
    private readonly string? _english;

    private LocalizableText(string? resourceKey, object[] arguments, string? korean, string? english)
    {
        _resourceKey = resourceKey;
        _arguments = arguments;
        _korean = korean;
        _english = english;
    }

    /// <summary>Creates a text from a Korean and an English version.</summary>
    /// <param name="korean">The Korean text, used for Korean and for every culture the library does not speak.</param>
    /// <param name="english">The English text; when <see langword="null"/>, the Korean text is used for English too.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="korean"/> is <see langword="null"/> or white space.</exception>
    public static LocalizableText Of(string korean, string? english = null)
    {
        if (string.IsNullOrWhiteSpace(korean))
        {
            throw new ArgumentException("A text needs a non-empty Korean version.", nameof(korean));
        }

        return new LocalizableText(resourceKey: null, [], korean, english);
    }

    /// <summary>Returns the text in a culture. English cultures get English; every other culture gets Korean.</summary>
    /// <param name="culture">The culture to write in.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Resolve(CultureInfo culture)
    {
        Guard.NotNull(culture);
        if (_resourceKey is null)
        {
            return TextCatalog.IsEnglish(culture) && _english is not null ? _english : _korean!;
        }

        return TextCatalog.Format(_resourceKey, _arguments, culture);
    }

    /// <summary>Returns the text in Korean, the library's default language.</summary>
    /// <returns>The Korean text.</returns>
    public override string ToString() => Resolve(TextCatalog.DefaultCulture);

    /// <inheritdoc/>
    public bool Equals(LocalizableText? other) =>
        other is not null
        && string.Equals(_resourceKey, other._resourceKey, StringComparison.Ordinal)
        && string.Equals(_korean, other._korean, StringComparison.Ordinal)
        && string.Equals(_english, other._english, StringComparison.Ordinal)
        && SequenceEquality.Equal<object>(_arguments, other._arguments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizableText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCombiner.Combine(
        _resourceKey is null ? 0 : StringComparer.Ordinal.GetHashCode(_resourceKey),
        _korean is null ? 0 : StringComparer.Ordinal.GetHashCode(_korean),
        SequenceEquality.Hash<object>(_arguments));

    /// <summary>Creates a text from the library's resources.</summary>
    /// <param name="resourceKey">A key of <see cref="TextKeys"/>.</param>
    /// <param name="arguments">Format arguments: strings, texts, the library's enum values or sets of them.</param>
    internal static LocalizableText FromResource(string resourceKey, params object[] arguments) =>
        new(resourceKey, arguments, korean: null, english: null);
}
