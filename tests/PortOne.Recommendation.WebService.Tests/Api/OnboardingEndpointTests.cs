using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PortOne.Recommendation.WebService.Tests.Api;

/// <summary>?onboarding= on POST /recommendations, and the new requirement fields.</summary>
public class OnboardingEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_OnboardingTrue_GivesASourcedSectionPerPlannedContract()
    {
        using var json = await PostOkAsync("""{ "cardPayment": true, "identityVerification": {}, "sells": ["physicalGoods"] }""", "/recommendations?onboarding=true");

        var planned = json.RootElement.GetProperty("contractPlan").GetProperty("contracts").EnumerateArray().Select(c => c.GetProperty("provider").GetString());
        var onboarding = json.RootElement.GetProperty("onboarding");
        onboarding.GetProperty("contracts").EnumerateArray().Select(c => c.GetProperty("provider").GetString()).Should().Equal(planned);
        onboarding.GetProperty("contracts").EnumerateArray().SelectMany(c => c.GetProperty("items").EnumerateArray())
            .Concat(onboarding.GetProperty("siteRequirements").EnumerateArray())
            .Should().OnlyContain(i => i.GetProperty("source").GetProperty("url").GetString()!.StartsWith("https://help.portone.io/content/", System.StringComparison.Ordinal));
        onboarding.GetProperty("siteRequirements").EnumerateArray().Select(i => i.GetProperty("text").GetString())
            .Should().Contain(text => text!.StartsWith("실물 상품은 3개 이상", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/recommendations")]
    [InlineData("/recommendations?onboarding=false")]
    public async Task Post_WithoutOnboarding_HasNoOnboarding(string url)
    {
        using var json = await PostOkAsync("""{ "cardPayment": true }""", url);

        json.RootElement.TryGetProperty("onboarding", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Post_OnboardingNotAFlag_IsA400()
    {
        var response = await _client.PostAsync("/recommendations?onboarding=yes", new StringContent("""{ "cardPayment": true }""", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("onboarding");
    }

    [Fact]
    public async Task DisplayNames_IncludeWhatIsSoldAndTheIndustries()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/display-names?lang=en"));

        json.RootElement.GetProperty("merchantOffering").GetProperty("physicalGoods").GetString().Should().Be("Physical goods");
        json.RootElement.GetProperty("merchantIndustry").GetProperty("gameItems").GetString().Should().Be("Game items");
        json.RootElement.GetProperty("onboardingItemKind").GetProperty("review").GetString().Should().Be("Review");
    }

    private async Task<JsonDocument> PostOkAsync(string body, string url)
    {
        var response = await _client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
