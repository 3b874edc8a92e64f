using System;
using System.Globalization;

namespace PortOne.Recommendation.ConsoleSample.Texts;

/// <summary>Maps the <c>--lang</c> codes to <see cref="Language"/> values and to the culture the engine needs.</summary>
internal static class Languages
{
    /// <summary>The codes <c>--lang</c> accepts, the default first.</summary>
    public static readonly string[] Codes = ["ko", "en"];

    public static Language FromCode(string code) => code switch
    {
        "ko" => Language.Korean,
        "en" => Language.English,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Only 'ko' and 'en' are supported."),
    };

    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.English ? "en" : "ko-KR");
}
