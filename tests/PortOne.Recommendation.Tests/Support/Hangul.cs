using System.Linq;
using System.Text.RegularExpressions;

namespace PortOne.Recommendation.Tests.Support;

internal static class Hangul
{
    /// <summary>A Korean console label in PortOne's quotes followed by its English translation in parentheses
    /// (‘전자결제 직접 선택하기’ (Select e-payment directly)): the one place Hangul stands in English.</summary>
    private static readonly Regex TranslatedLabel = new(@"‘[^’]*’ (?=\()", RegexOptions.Compiled);

    /// <summary>Hangul syllables and jamo, the ranges Korean text is written in.</summary>
    public static bool In(string text) => text.Any(c =>
        (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F'));

    /// <summary>Hangul outside the quoted Korean console labels that stand before their translation: in an English text,
    /// Hangul anywhere else is a text in the wrong language.</summary>
    public static bool OutsideTranslatedLabels(string text) => In(TranslatedLabel.Replace(text, string.Empty));
}
