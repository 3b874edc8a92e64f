using System.Globalization;

namespace PortOne.Recommendation.Localization;

/// <summary>The languages the library writes texts in.</summary>
internal enum TextLanguage
{
    Korean,
    English,
}

/// <summary>Chooses the language for a culture or a culture name. English cultures (<c>en</c>, <c>en-US</c> …) get
/// English; every other culture gets Korean, the library's default. Works by name, so it needs no culture data and
/// works in globalization-invariant mode.</summary>
internal static class TextLanguages
{
    public static TextLanguage Of(CultureInfo culture) => OfName(culture.Name);

    public static TextLanguage OfName(string name) =>
        name.Length >= 2
        && (name[0] == 'e' || name[0] == 'E')
        && (name[1] == 'n' || name[1] == 'N')
        && (name.Length == 2 || name[2] == '-' || name[2] == '_')
            ? TextLanguage.English
            : TextLanguage.Korean;

    /// <summary>Whether a string has the form of a culture name (an IETF language tag such as <c>ko</c>, <c>en-US</c> or
    /// <c>zh-Hant-TW</c>): letters, digits and hyphens, starting with 2 or 3 letters, at most 85 characters.</summary>
    public static bool IsWellFormedName(string name)
    {
        if (name.Length < 2 || name.Length > 85)
        {
            return false;
        }

        var letters = 0;
        while (letters < name.Length && IsAsciiLetter(name[letters]))
        {
            letters++;
        }

        if (letters is < 2 or > 3 && !(letters == name.Length && letters <= 8))
        {
            return false;
        }

        for (var i = letters; i < name.Length; i++)
        {
            var c = name[i];
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_') || ((c == '-' || c == '_') && (i == name.Length - 1 || name[i + 1] is '-' or '_')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the culture for a name when the runtime can create it, else the invariant culture (as in
    /// globalization-invariant mode); the language is taken from the name either way.</summary>
    public static CultureInfo CultureOrInvariant(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
