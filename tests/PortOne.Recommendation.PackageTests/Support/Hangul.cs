using System.Linq;

namespace PortOne.Recommendation.PackageTests.Support;

/// <summary>Tells Korean text from text that has none.</summary>
internal static class Hangul
{
    /// <summary>Tells whether the text has a Hangul syllable or letter.</summary>
    public static bool IsIn(string text) => text.Any(c =>
        c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F'));

    /// <summary>Tells whether the text has Hangul other than a Korean console label in PortOne's quotes followed by its
    /// English translation in parentheses, the one place English texts carry Hangul.</summary>
    public static bool IsOutsideTranslatedLabels(string text) =>
        IsIn(System.Text.RegularExpressions.Regex.Replace(text, @"‘[^’]*’ (?=\()", string.Empty));
}
