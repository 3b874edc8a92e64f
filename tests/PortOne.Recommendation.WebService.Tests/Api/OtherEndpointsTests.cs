using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PortOne.Recommendation.WebService.Tests.Api;

public class OtherEndpointsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Editions_ListTheNamedEditions_WithTheDefaultAndTheLatest()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/editions?lang=en"));

        var editions = json.RootElement.EnumerateArray().ToList();
        editions.Select(e => e.GetProperty("name").GetString()).Should().Contain(["may2025", "april2026"]).And.NotContain("latest");
        editions.Should().ContainSingle(e => e.GetProperty("isDefault").GetBoolean());
        editions.Should().ContainSingle(e => e.GetProperty("isLatest").GetBoolean());
    }

    [Fact]
    public async Task Scenarios_AreValidBodiesForRecommendations()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/scenarios"));

        json.RootElement.GetArrayLength().Should().BeGreaterThan(2);
        foreach (var scenario in json.RootElement.EnumerateArray())
        {
            var body = scenario.GetProperty("requirements").GetRawText();
            var response = await _client.PostAsync("/recommendations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            response.StatusCode.Should().Be(HttpStatusCode.OK, scenario.GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task DisplayNames_AreLocalized()
    {
        var korean = await _client.GetFromJsonAsync<JsonElement>("/display-names?lang=ko");
        var english = await _client.GetFromJsonAsync<JsonElement>("/display-names?lang=en");

        korean.GetProperty("paymentProvider").GetProperty("kgInicis").GetString().Should().Be("KG이니시스");
        korean.GetProperty("paymentProvider").GetProperty("danal").GetString().Should().Be("다날");
        english.GetProperty("paymentProvider").GetProperty("kgInicis").GetString().Should().NotContain("이니시스");
    }

    [Fact]
    public async Task Health_IsHealthy_AfterWarmUp()
    {
        var response = await _client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task OpenApi_DescribesTheContract()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");

        var requirements = schemas.GetProperty("MerchantRequirements");
        requirements.TryGetProperty("required", out _).Should().BeFalse("every part of the requirements is optional");
        requirements.GetProperty("description").GetString().Should().StartWith("What a merchant needs");
        requirements.GetProperty("properties").GetProperty("cardPayment").GetProperty("description").GetString().Should().Contain("신용카드 일반결제");
        schemas.GetProperty("EasyPayRequirement").TryGetProperty("required", out _).Should().BeFalse();
        schemas.GetProperty("PaymentProvider").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().StartWith(["kgInicis", "nicePayments"]);

        var entry = schemas.GetProperty("ServiceRecommendation");
        entry.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().NotContain("packageItem").And.Contain(["service", "providers", "reason"]);
        schemas.GetProperty("Advisory").GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("code", "message");

        var post = json.RootElement.GetProperty("paths").GetProperty("/recommendations").GetProperty("post");
        post.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue();
        post.GetProperty("responses").TryGetProperty("413", out _).Should().BeTrue();
        post.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Equal("lang", "edition", "explain", "onboarding");
        post.GetProperty("parameters")[2].GetProperty("schema").GetProperty("type").GetString().Should().Be("boolean");

        var result = schemas.GetProperty("RecommendationResult");
        result.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Contain("language").And.NotContain("explanation", "only ?explain=true writes it");
        schemas.GetProperty("ExplanationSource").GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("url");
        schemas.GetProperty("ProviderStanding").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Equal("planned", "named", "notNamed");

        var compare = json.RootElement.GetProperty("paths").GetProperty("/recommendations/compare").GetProperty("post");
        compare.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .Should().Equal("lang", "edition", "compareEdition", "compareApiVersion");
        compare.GetProperty("parameters")[3].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("v1", "v2", "either");
        compare.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString().Should().EndWith("/RecommendationComparison");
        schemas.GetProperty("RecommendationChange").GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("kind", "text");
    }

    [Fact]
    public async Task Page_IsServedAtTheRoot()
    {
        var html = await _client.GetStringAsync("/");

        html.Should().Contain("<form id=\"questionnaire\"").And.Contain("app.js");
        (await _client.GetAsync("/app.js")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownPath_IsAProblem_NotAnEmptyBody()
    {
        var response = await _client.GetAsync("/no-such-thing");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
