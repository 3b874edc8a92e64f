using System;
using System.Collections;
using System.Globalization;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// A text that is turned into Korean or English only when the result is built, in the language of the call. Built-in
/// rules use the library's resources; your own rules use <see cref="Of(string, string?)"/>.
/// </summary>
/// <remarks>Texts compare by content, argument lists element by element, so equal texts share one cache entry.</remarks>
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
    public string Resolve(CultureInfo culture) => Resolve(TextLanguages.Of(Guard.NotNull(culture)));

    /// <summary>Returns the text in Korean, the library's default language.</summary>
    /// <returns>The Korean text.</returns>
    public override string ToString() => Resolve(TextLanguage.Korean);

    /// <inheritdoc/>
    public bool Equals(LocalizableText? other) =>
        other is not null
        && string.Equals(_resourceKey, other._resourceKey, StringComparison.Ordinal)
        && string.Equals(_korean, other._korean, StringComparison.Ordinal)
        && string.Equals(_english, other._english, StringComparison.Ordinal)
        && ArgumentsEqual(_arguments, other._arguments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizableText);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = _resourceKey is null ? 0 : StringComparer.Ordinal.GetHashCode(_resourceKey);
        hash = unchecked((hash * 31) + (_korean is null ? 0 : StringComparer.Ordinal.GetHashCode(_korean)));
        foreach (var argument in _arguments)
        {
            hash = unchecked((hash * 31) + ArgumentHash(argument));
        }

        return hash;
    }

    /// <summary>Creates a text from the library's resources.</summary>
    /// <param name="resourceKey">A key of <see cref="TextKeys"/>.</param>
    /// <param name="arguments">Format arguments: strings, texts, the library's enum values or lists and sets of them.</param>
    internal static LocalizableText FromResource(string resourceKey, params object[] arguments) =>
        new(resourceKey, arguments, korean: null, english: null);

    /// <summary>Returns the text in a language.</summary>
    internal string Resolve(TextLanguage language)
    {
        if (_resourceKey is null)
        {
            return language == TextLanguage.English && _english is not null ? _english : _korean!;
        }

        return TextCatalog.Format(_resourceKey, _arguments, language);
    }

    private static bool ArgumentsEqual(object[] left, object[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!ArgumentEqual(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Arguments compare by value; lists (arrays of providers, brand sets …) element by element.</summary>
    private static bool ArgumentEqual(object? left, object? right)
    {
        if (Equals(left, right))
        {
            return true;
        }

        if (left is string || right is string || left is not IEnumerable leftItems || right is not IEnumerable rightItems)
        {
            return false;
        }

        var l = leftItems.GetEnumerator();
        var r = rightItems.GetEnumerator();
        while (true)
        {
            var hasLeft = l.MoveNext();
            if (hasLeft != r.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!ArgumentEqual(l.Current, r.Current))
            {
                return false;
            }
        }
    }

    private static int ArgumentHash(object? argument)
    {
        switch (argument)
        {
            case null:
                return 0;
            case string text:
                return StringComparer.Ordinal.GetHashCode(text);
            case IEnumerable items:
                {
                    var hash = 19;
                    foreach (var item in items)
                    {
                        hash = unchecked((hash * 31) + ArgumentHash(item));
                    }

                    return hash;
                }

            default:
                return argument.GetHashCode();
        }
    }
}
