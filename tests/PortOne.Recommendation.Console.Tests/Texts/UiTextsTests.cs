using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Tests.Texts;

/// <summary>Every text of the sample exists in both languages with the same placeholders.</summary>
public sealed partial class UiTextsTests
{
    public static TheoryData<string> TextNames() =>
        new(typeof(UiTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(TextNames))]
    public void Text_HasBothLanguages_WithTheSamePlaceholders(string name)
    {
        var text = (UiText)typeof(UiTexts).GetField(name)!.GetValue(null)!;

        text.Korean.Should().NotBeNullOrWhiteSpace();
        text.English.Should().NotBeNullOrWhiteSpace();
        Placeholders(text.Korean).Should().BeEquivalentTo(Placeholders(text.English), "{0} in Korean must be {0} in English", name);
    }

    [Fact]
    public void Texts_AreAtLeastTheReportHeadings()
    {
        TextNames().Should().HaveCountGreaterThan(20);
        UiTexts.AdvisoriesHeading.In(Language.Korean).Should().Be("주의할 점");
        UiTexts.BenefitsHeading.In(Language.English).Should().Be("Partner benefits");
    }

    private static string[] Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order().ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
