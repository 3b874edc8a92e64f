using System.Globalization;

namespace PortOne.Recommendation.ConsoleSample.Texts;

/// <summary>One text of the sample in both of its languages.</summary>
/// <param name="Korean">The Korean text.</param>
/// <param name="English">The English text.</param>
internal sealed record UiText(string Korean, string English)
{
    public string In(Language language) => language == Language.English ? English : Korean;

    /// <summary>Fills the <c>{0}</c>, <c>{1}</c> ... placeholders of the text in the given language.</summary>
    public string Format(Language language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, In(language), args);
}
