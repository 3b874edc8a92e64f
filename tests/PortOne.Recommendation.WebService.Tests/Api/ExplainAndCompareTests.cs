using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using PortOne.Recommendation.Json;

namespace PortOne.Recommendation.WebService.Tests.Api;

/// <summary>?explain= on POST /recommendations, and POST /recommendations/compare.</summary>
public class ExplainAndCompareTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Card = """{ "cardPayment": true }""";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/recommendations")]
    [InlineData("/recommendations?explain=false")]
    [InlineData("/recommendations?explain=False")]
    public async Task Post_WithoutExplain_HasNoExplanation(string url)
    {
        using var json = await PostOkAsync(Card, url);

        json.RootElement.TryGetProperty("explanation", out _).Should().BeFalse();
        json.RootElement.GetProperty("language").GetString().Should().Be("ko");
    }

    [Fact]
    public async Task Post_ExplainTrue_SaysWhyEachProviderIsOrIsNotNamed()
    {
        using var json = await PostOkAsync(Card, "/recommendations?explain=true&lang=en");

        json.RootElement.GetProperty("language").GetString().Should().Be("en");
        var services = json.RootElement.GetProperty("explanation").GetProperty("services");
        services.GetArrayLength().Should().Be(1);
        services[0].GetProperty("service").GetString().Should().Be("cardPayment");
        var providers = services[0].GetProperty("providers").EnumerateArray()
            .ToDictionary(p => p.GetProperty("provider").GetString()!, p => p);

        providers["kgInicis"].GetProperty("standing").GetString().Should().Be("planned");
        providers["kgInicis"].GetProperty("namedBy")[0].GetProperty("path").GetString().Should().Be("recommendedPackage");

        var nice = providers["nicePayments"];
        nice.GetProperty("standing").GetString().Should().Be("named");
        nice.GetProperty("reasons")[0].GetProperty("isBlocking").GetBoolean().Should().BeFalse();
        nice.GetProperty("reasons")[0].GetProperty("code").GetString().Should().StartWith("plan");

        var kcp = providers["nhnKcp"];
        kcp.GetProperty("standing").GetString().Should().Be("notNamed");
        kcp.GetProperty("namedBy").GetArrayLength().Should().Be(0);
        var reason = kcp.GetProperty("reasons")[0];
        reason.GetProperty("code").GetString().Should().Be("notInPackage");
        reason.GetProperty("isBlocking").GetBoolean().Should().BeTrue();
        reason.GetProperty("text").GetString().Should().Contain("NHN KCP");
        reason.GetProperty("ruleName").GetString().Should().NotBeNullOrEmpty();
        reason.GetProperty("sources")[0].GetProperty("url").GetString().Should().StartWith("https://");

        providers.Values.Where(p => p.GetProperty("standing").GetString() == "notNamed")
            .Should().OnlyContain(p => p.GetProperty("reasons").GetArrayLength() > 0, "every provider left out has a reason");
    }

    [Fact]
    public async Task Post_ExplainInKorean_WritesTheReasonsInKorean()
    {
        using var json = await PostOkAsync(Card, "/recommendations?explain=true");

        var kcp = json.RootElement.GetProperty("explanation").GetProperty("services")[0].GetProperty("providers").EnumerateArray()
            .Single(p => p.GetProperty("provider").GetString() == "nhnKcp");
        kcp.GetProperty("reasons")[0].GetProperty("text").GetString().Should().Contain("추천패키지");
    }

    [Fact]
    public async Task Post_ExplainNotAFlag_IsA400ProblemKeyedByParameter()
    {
        var response = await PostAsync(Card, "/recommendations?explain=yes");

        await ShouldBeBadQueryAsync(response, "explain");
    }

    [Fact]
    public async Task Compare_TwoEditions_ListsTheChanges_AsTheLibraryDoes()
    {
        using var json = await PostOkAsync(Card, "/recommendations/compare?lang=en&edition=may2025&compareEdition=latest");

        var root = json.RootElement;
        root.GetProperty("before").GetProperty("edition").GetString().Should().Be("may2025");
        root.GetProperty("after").GetProperty("edition").GetString().Should().Be("april2026");
        root.GetProperty("hasChanges").GetBoolean().Should().BeTrue();
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().Contain(c => c.GetProperty("kind").GetString() == "providerAdded"
            && c.GetProperty("service").GetString() == "cardPayment"
            && c.GetProperty("provider").GetString() == "kpn");
        changes.Should().OnlyContain(c => c.GetProperty("text").GetString()!.Length > 0);
        root.GetProperty("before").TryGetProperty("explanation", out _).Should().BeFalse();

        var expected = RecommendationEngine.Create().CompareEditions(
            new MerchantRequirements { CardPayment = true },
            EditionChoice.Of(PackageEdition.May2025),
            EditionChoice.Latest,
            new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") });
        JsonNode.DeepEquals(JsonNode.Parse(root.GetRawText()), JsonNode.Parse(RecommendationJson.Serialize(expected)))
            .Should().BeTrue("the endpoint writes the library's comparison JSON");
    }

    [Theory]
    [InlineData("/recommendations/compare?edition=april2026&compareEdition=april2026")]
    [InlineData("/recommendations/compare?edition=latest&compareEdition=April2026")]
    [InlineData("/recommendations/compare?compareApiVersion=either")]
    public async Task Compare_TheSameConditions_HasNoChanges(string url)
    {
        using var json = await PostOkAsync(Card, url);

        json.RootElement.GetProperty("changes").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("hasChanges").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Compare_TwoApiVersions_ReplacesTheBodysVersion()
    {
        const string Body = """{ "mobileMicropayment": { "recurring": true }, "apiVersion": "v1" }""";

        using var json = await PostOkAsync(Body, "/recommendations/compare?compareApiVersion=v2");

        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().Contain(c => c.GetProperty("kind").GetString() == "providerAdded"
            && c.GetProperty("service").GetString() == "mobileMicropaymentRecurring"
            && c.GetProperty("provider").GetString() == "kgInicis");
        changes.Select(c => c.GetProperty("text").GetString()).Should().Contain(text => text!.Contains("KG이니시스"));
        json.RootElement.GetProperty("before").GetProperty("edition").GetString()
            .Should().Be(json.RootElement.GetProperty("after").GetProperty("edition").GetString());
    }

    [Theory]
    [InlineData("/recommendations/compare?compareEdition=2024", "compareEdition")]
    [InlineData("/recommendations/compare?edition=someday&compareEdition=latest", "edition")]
    [InlineData("/recommendations/compare?compareApiVersion=v3", "compareApiVersion")]
    [InlineData("/recommendations/compare?compareApiVersion=", "compareApiVersion")]
    [InlineData("/recommendations/compare", "compareEdition")]
    [InlineData("/recommendations/compare?lang=fr&compareEdition=latest", "lang")]
    public async Task Compare_BadQuery_IsA400ProblemKeyedByParameter(string url, string key)
    {
        var response = await PostAsync(Card, url);

        await ShouldBeBadQueryAsync(response, key);
    }

    [Fact]
    public async Task Compare_BadBody_IsA400ProblemKeyedByJsonPath()
    {
        var response = await PostAsync("""{ "apiVersion": "v3" }""", "/recommendations/compare?compareEdition=latest");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("code").GetString().Should().Be("badEnumValue");
        json.RootElement.GetProperty("errors").TryGetProperty("$.apiVersion", out _).Should().BeTrue(text);
    }

    private static async Task ShouldBeBadQueryAsync(HttpResponseMessage response, string key)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("code").GetString().Should().Be("badQuery");
        json.RootElement.GetProperty("errors").TryGetProperty(key, out var messages).Should().BeTrue(text);
        messages[0].GetString().Should().NotBeNullOrEmpty();
    }

    private async Task<JsonDocument> PostOkAsync(string body, string url)
    {
        var response = await PostAsync(body, url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonDocument.Parse(text);
    }

    private Task<HttpResponseMessage> PostAsync(string body, string url) =>
        _client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
}
