using System.Linq;

namespace PortOne.Recommendation.Tests.Support;

internal static class Hangul
{
    /// <summary>Hangul syllables and jamo, the ranges Korean text is written in.</summary>
    public static bool In(string text) => text.Any(c =>
        (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F'));
}
