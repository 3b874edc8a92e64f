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
}
