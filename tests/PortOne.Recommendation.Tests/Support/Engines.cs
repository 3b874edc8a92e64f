using System.Globalization;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>Engines shared by the tests: compiling the rules once per language keeps the suite fast.</summary>
internal static class Engines
{
    public static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static RecommendationEngine Ko { get; } = RecommendationEngine.Create();

    public static RecommendationEngine En { get; } = RecommendationEngine.Create(o => o.Culture = English);

    public static RecommendationEngine For(string language) => language == "en" ? En : Ko;
}
