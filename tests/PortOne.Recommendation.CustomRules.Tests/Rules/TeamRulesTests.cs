using System.Globalization;
using System.Reflection;
using PortOne.Recommendation.CustomRules.Rules;

namespace PortOne.Recommendation.CustomRules.Tests.Rules;

/// <summary>What holds for all our rules together: they load and compile with the built-in ones (names are unique), and
/// every text of ours has a Korean and a different English version.</summary>
public sealed class TeamRulesTests
{
    [Fact]
    public void AllOurRules_LoadedByAssembly_CompileWithTheBuiltInRules()
    {
        var engine = RecommendationEngine.Create(options => options.AddRules(typeof(PreferNicePaymentsForCardsRule).Assembly));

        engine.Invoking(e => e.WarmUp()).Should().NotThrow();
    }

    public static TheoryData<string> TextNames() =>
        [TeamTexts.CardsGoToNicePayments, TeamTexts.KgInicisExcludedForTicketResale, TeamTexts.NicePaymentsThroughPartnerDesk];

    [Theory]
    [MemberData(nameof(TextNames))]
    public void TeamText_HasKoreanAndEnglish(string name)
    {
        var text = TeamTexts.Get(name);

        var korean = text.Resolve(CultureInfo.GetCultureInfo("ko"));
        var english = text.Resolve(CultureInfo.GetCultureInfo("en"));
        korean.Should().NotBeNullOrWhiteSpace();
        english.Should().NotBeNullOrWhiteSpace().And.NotBe(korean, "the English resource must not fall back to Korean");
    }

    [Fact]
    public void TextNames_CoverEveryConstantOfTeamTexts()
    {
        var constants = typeof(TeamTexts).GetFields(BindingFlags.Public | BindingFlags.Static);

        constants.Should().HaveCount(TextNames().Count);
    }
}
