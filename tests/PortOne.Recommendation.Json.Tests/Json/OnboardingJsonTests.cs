using System.Linq;
using System.Text.Json;

namespace PortOne.Recommendation.Json.Tests.Json;

/// <summary>What the merchant sells and its industry in the contract's JSON, and the onboarding plan of a result.</summary>
public class OnboardingJsonTests
{
    [Fact]
    public void ReadRequirements_SellsAndIndustry_AreCamelCaseStrings_AndRoundTrip()
    {
        var requirements = RecommendationJson.ReadRequirements("""{ "cardPayment": true, "sells": ["physicalGoods", "recurringGoods"], "industry": "gameItems" }""");

        requirements.Should().Be(new MerchantRequirements
        {
            CardPayment = true,
            Sells = [MerchantOffering.PhysicalGoods, MerchantOffering.RecurringGoods],
            Industry = MerchantIndustry.GameItems,
        });
        RecommendationJson.ReadRequirements(RecommendationJson.Serialize(requirements)).Should().Be(requirements);
    }

    [Fact]
    public void ReadRequirements_WithoutSells_IsNotStated()
    {
        var requirements = RecommendationJson.ReadRequirements("""{ "cardPayment": true }""");

        requirements.Sells.Should().BeEmpty();
        requirements.Industry.Should().BeNull();
    }

    [Theory]
    [InlineData("""{ "sells": ["furniture"] }""", "$.sells[0]")]
    [InlineData("""{ "sells": "physicalGoods" }""", "$.sells")]
    [InlineData("""{ "industry": "GameItems" }""", "$.industry")]
    public void ReadRequirements_BadSellsOrIndustry_IsRefusedAtItsPath(string json, string path)
    {
        var act = () => RecommendationJson.ReadRequirements(json);

        act.Should().Throw<RequirementsJsonException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void Serialize_ResultWithOnboarding_WritesTheSections_WithEnumStringsAndSources()
    {
        var engine = RecommendationEngine.Create(o => o.Culture = System.Globalization.CultureInfo.GetCultureInfo("en"));
        var result = engine.Recommend(
            new MerchantRequirements { CardPayment = true, Sells = [MerchantOffering.DigitalContent] },
            new RecommendationContext { IncludeOnboarding = true });

        using var json = JsonDocument.Parse(RecommendationJson.Serialize(result));
        var onboarding = json.RootElement.GetProperty("onboarding");
        var first = onboarding.GetProperty("contracts")[0];
        first.GetProperty("provider").GetString().Should().Be("kgInicis");
        first.GetProperty("isExisting").GetBoolean().Should().BeFalse();
        first.GetProperty("hasProcedurePage").GetBoolean().Should().BeTrue();
        var wait = first.GetProperty("items").EnumerateArray().First(i => i.GetProperty("kind").GetString() == "wait");
        wait.GetProperty("wait").GetProperty("unit").GetString().Should().Be("businessDays");
        wait.GetProperty("source").GetProperty("url").GetString().Should().Be("https://help.portone.io/content/inicis-contract");
        wait.GetProperty("source").GetProperty("evidence").GetString().Should().EndWith("inicis-contract.md@47b7df7");
        onboarding.GetProperty("siteRequirements").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).Should().OnlyContain(k => k == "siteRequirement");
        json.RootElement.TryGetProperty("onboarding", out _).Should().BeTrue();
    }

    [Fact]
    public void Serialize_ResultWithoutTheOption_LeavesOnboardingOut()
    {
        var result = RecommendationEngine.Create().Recommend(new MerchantRequirements { CardPayment = true });

        using var json = JsonDocument.Parse(RecommendationJson.Serialize(result));
        json.RootElement.TryGetProperty("onboarding", out _).Should().BeFalse();
    }
}
