using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PortOne.Recommendation.WebService.Tests.Api;

public class RecommendationsEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_ValidRequirements_AnswersInKorean_WithEnumsAsStrings()
    {
        var response = await PostAsync("""{ "cardPayment": true, "identityVerification": { "purpose": "signUp" } }""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = await ReadJsonAsync(response);
        var entries = json.RootElement.GetProperty("recommendations");
        entries[0].GetProperty("service").GetString().Should().Be("cardPayment");
        entries[0].GetProperty("providers").EnumerateArray().Select(p => p.GetString()).Should().Equal("kgInicis", "nicePayments");
        entries[0].GetProperty("reason").GetString().Should().Contain("KG이니시스");
        json.RootElement.GetProperty("contractPlan").GetProperty("contracts").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("/recommendations?lang=en", null)]
    [InlineData("/recommendations", "en-US,en;q=0.9,ko;q=0.5")]
    [InlineData("/recommendations", "fr-FR, en;q=0.8")]
    public async Task Post_InEnglish_ByQueryOrAcceptLanguage(string url, string? acceptLanguage)
    {
        var response = await PostAsync("""{ "cardPayment": true }""", url, acceptLanguage);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = await ReadJsonAsync(response);
        json.RootElement.GetProperty("recommendations")[0].GetProperty("steps")[0].GetString().Should().Be("‘추천패키지’ (Recommended package)");
    }

    [Fact]
    public async Task Post_LangOverridesAcceptLanguage()
    {
        var response = await PostAsync("""{ "cardPayment": true }""", "/recommendations?lang=ko", "en");

        using var json = await ReadJsonAsync(response);
        json.RootElement.GetProperty("recommendations")[0].GetProperty("steps")[0].GetString().Should().Be("‘추천패키지’");
    }

    [Theory]
    [InlineData("october2025", "october2025")]
    [InlineData("October2025", "october2025")]
    [InlineData("latest", "april2026")]
    public async Task Post_Edition_IsUsedForTheCall(string edition, string expected)
    {
        var response = await PostAsync("""{ "cardPayment": true }""", "/recommendations?edition=" + edition);

        using var json = await ReadJsonAsync(response);
        json.RootElement.GetProperty("edition").GetString().Should().Be(expected);
    }

    public static TheoryData<string, string, string> BadBodies() => new()
    {
        { "malformed", "{ \"cardPayment\": true, }", "$.cardPayment" },
        { "malformed", "{ \"cardPayment\": tru }", "$.cardPayment" },
        { "unknownProperty", "{ \"debitCard\": true }", "$.debitCard" },
        { "duplicateProperty", "{ \"cardPayment\": true, \"cardPayment\": false }", "$.cardPayment" },
        { "wrongType", "{ \"cardPayment\": \"yes\" }", "$.cardPayment" },
        { "wrongType", "{ \"easyPay\": { \"brands\": \"kakaoPay\" } }", "$.easyPay.brands" },
        { "badEnumValue", "{ \"easyPay\": { \"brands\": [\"kakaoPay\", \"kakao\"] } }", "$.easyPay.brands[1]" },
        { "badEnumValue", "{ \"recurringCard\": { \"issuance\": \"API\" } }", "$.recurringCard.issuance" },
        { "wrongType", "null", "$" },
        { "empty", "", "$" },
        { "invalidRequirements", "{ \"easyPay\": { \"brands\": [\"kakaoPay\", \"naverPay\", \"kakaoPay\"] } }", "$.easyPay.brands[2]" },
        { "invalidRequirements", "{ \"existingContracts\": null }", "$.existingContracts" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_IsA400ProblemKeyedByJsonPath(string code, string body, string path)
    {
        var response = await PostAsync(body, "/recommendations?lang=en");

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, code, path);
    }

    [Fact]
    public async Task Post_InvalidUtf8_IsMalformed_AtThatValue()
    {
        var content = new ByteArrayContent([.. "{ \"easyPay\": { \"brands\": [\""u8, 0xFF, .. "\"] } }"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/recommendations", content);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "malformed", "$.easyPay.brands[0]");
    }

    [Theory]
    [InlineData("/recommendations?lang=fr", "lang")]
    [InlineData("/recommendations?edition=2024", "edition")]
    public async Task Post_BadQuery_IsA400ProblemKeyedByParameter(string url, string key)
    {
        var response = await PostAsync("{}", url);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "badQuery", key);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_IsA413Problem()
    {
        var body = "{ \"cardPayment\": true" + new string(' ', RecommendationEndpoints.MaxBodyBytes) + "}";

        var response = await PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"code\":\"bodyTooLarge\"");
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_WithoutContentLength_IsA413Problem()
    {
        var bytes = Encoding.UTF8.GetBytes("{" + new string(' ', RecommendationEndpoints.MaxBodyBytes + 10) + "}");
        var content = new StreamContent(new NonSeekableStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/recommendations", content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BodyOfExactlyTheLimit_IsRead()
    {
        var json = "{ \"cardPayment\": true }";
        var response = await PostAsync(json + new string(' ', RecommendationEndpoints.MaxBodyBytes - json.Length));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_NotJson_IsA415Problem()
    {
        var response = await _client.PostAsync("/recommendations", new StringContent("cardPayment=true", Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Post_RandomBytes_NeverGiveA500_OrAnEmptyBody()
    {
        var random = new Random(12);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

            var response = await _client.PostAsync("/recommendations", content);

            ((int)response.StatusCode).Should().Be(400);
            (await response.Content.ReadAsStringAsync()).Should().NotBeEmpty();
        }
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, string key)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("status").GetInt32().Should().Be((int)status);
        json.RootElement.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        json.RootElement.GetProperty("code").GetString().Should().Be(code);
        json.RootElement.GetProperty("errors").TryGetProperty(key, out var messages).Should().BeTrue(text);
        messages[0].GetString().Should().NotBeNullOrEmpty();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string url = "/recommendations", string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return _client.SendAsync(request);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());

    /// <summary>A body sent without Content-Length (chunked).</summary>
    private sealed class NonSeekableStream(byte[] bytes) : System.IO.MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
