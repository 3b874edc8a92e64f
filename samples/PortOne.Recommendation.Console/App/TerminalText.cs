using System.Globalization;
using System.Text;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>Makes text from the input safe to print on a terminal: control characters (C0, DEL, C1) and bidirectional
/// overrides are shown as <c>\u001B</c>-style escapes instead of being sent as terminal escapes.</summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped?.Append(c);
            }
        }

        return escaped?.ToString() ?? text;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
