using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PortOne.Recommendation.Json.Tests.Json;

public class RecommendationJsonTests
{
    private const string ContractExample = """
        { "cardPayment": true, "bankTransfer": false, "virtualAccount": false,
          "recurringCard": { "issuance": "api" },
          "easyPay": { "brands": ["kakaoPay", "tossPay"], "integration": "direct" },
          "identityVerification": { "purpose": "ageRestriction" },
          "mobileMicropayment": { "recurring": true },
          "overseasCards": true, "apiVersion": "v2", "existingContracts": ["kgInicis"] }
        """;

    [Fact]
    public void ReadRequirements_ContractExample_ReadsEveryPart()
    {
        var requirements = RecommendationJson.ReadRequirements(ContractExample);

        requirements.Should().Be(new MerchantRequirements
        {
            CardPayment = true,
            RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
            EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.TossPay] },
            IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.AgeRestriction),
            MobileMicropayment = new MobileMicropaymentRequirement(Recurring: true),
            OverseasCards = true,
            ApiVersion = PortOneApiVersion.V2,
            ExistingContracts = [PaymentProvider.KgInicis],
        });
    }

    [Fact]
    public void ReadRequirements_EmptyObject_IsNothingRequested_AndDefaultsApply()
    {
        RecommendationJson.ReadRequirements("{}").Should().Be(new MerchantRequirements());
        RecommendationJson.ReadRequirements("""{ "easyPay": {} }""").EasyPay.Should().Be(new EasyPayRequirement());
        RecommendationJson.ReadRequirements("\uFEFF{ \"apiVersion\": null }").ApiVersion.Should().BeNull();
    }

    [Fact]
    public void Serialize_RoundTripsRequirements()
    {
        var requirements = RecommendationJson.ReadRequirements(ContractExample);

        RecommendationJson.ReadRequirements(RecommendationJson.Serialize(requirements)).Should().Be(requirements);
    }

    [Fact]
    public void Serialize_Result_UsesCamelCaseNames_EnumStrings_AndOmitsNulls()
    {
        var engine = RecommendationEngine.Create();
        var result = engine.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub },
        });

        var json = RecommendationJson.Serialize(result);

        json.Should().Contain("\"service\":\"cardPayment\"")
            .And.Contain("\"providers\":[\"kgInicis\",\"nicePayments\"]")
            .And.Contain("\"path\":\"recommendedPackage\"")
            .And.Contain("\"contractPlan\":{\"contracts\":[")
            .And.Contain("\"edition\":\"may2025\"")
            .And.NotContain("null")
            .And.NotContain("\"Service\"");
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("recommendations").EnumerateArray()
            .Where(e => e.GetProperty("path").GetString() == "directSelection")
            .Should().OnlyContain(e => e.EnumerateObject().All(p => p.Name != "packageItem"), "a null package item is omitted");
    }

    [Fact]
    public void Serialize_ExplainedResult_WritesTheExplanation_WithEnumStrings()
    {
        var engine = RecommendationEngine.Create();
        var requirements = new MerchantRequirements { CardPayment = true };

        var plain = RecommendationJson.Serialize(engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") }));
        var json = RecommendationJson.Serialize(engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en"), Explain = true }));

        plain.Should().Contain("\"language\":\"en\"").And.NotContain("\"explanation\"");
        using var document = JsonDocument.Parse(json);
        var card = document.RootElement.GetProperty("explanation").GetProperty("services")[0];
        card.GetProperty("service").GetString().Should().Be("cardPayment");
        var providers = card.GetProperty("providers").EnumerateArray().ToList();
        providers.Select(p => p.GetProperty("standing").GetString()).Should().Contain(["planned", "named", "notNamed"]);
        var kcp = providers.Single(p => p.GetProperty("provider").GetString() == "nhnKcp");
        var reason = kcp.GetProperty("reasons")[0];
        reason.GetProperty("code").GetString().Should().Be("notInPackage");
        reason.GetProperty("isBlocking").GetBoolean().Should().BeTrue();
        reason.GetProperty("sources")[0].GetProperty("url").GetString().Should().StartWith("https://");
    }

    [Fact]
    public void Serialize_Comparison_WritesKindsAsStrings()
    {
        var engine = RecommendationEngine.Create();
        var comparison = engine.CompareEditions(
            new MerchantRequirements { CardPayment = true }, EditionChoice.Of(PackageEdition.May2025), EditionChoice.Latest);

        using var document = JsonDocument.Parse(RecommendationJson.Serialize(comparison));

        document.RootElement.GetProperty("hasChanges").GetBoolean().Should().BeTrue();
        document.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString())
            .Should().Contain(["providerAdded", "providerRemoved"]);
    }

    public static TheoryData<string, RequirementsJsonErrorKind, string> BadInput() => new()
    {
        { "", RequirementsJsonErrorKind.Empty, "$" },
        { " \n\t", RequirementsJsonErrorKind.Empty, "$" },
        { "null", RequirementsJsonErrorKind.WrongType, "$" },
        { "[]", RequirementsJsonErrorKind.WrongType, "$" },
        { "{ \"cardPayment\": true, }", RequirementsJsonErrorKind.Malformed, "$.cardPayment" },
        { "{ \"easyPay\": { \"brands\": [\"kakaoPay\"] }", RequirementsJsonErrorKind.Malformed, "$.easyPay" },
        { "{ \"cardPayment\": true } // note", RequirementsJsonErrorKind.Malformed, "$" },
        { "{ \"cardPayment\": true } {}", RequirementsJsonErrorKind.Malformed, "$" },
        { "{ \"easyPay\": { \"brands\": [\"\\ud800\"] } }", RequirementsJsonErrorKind.Malformed, "$.easyPay.brands[0]" },
        { "{ \"debitCard\": true }", RequirementsJsonErrorKind.UnknownProperty, "$.debitCard" },
        { "{ \"CardPayment\": true }", RequirementsJsonErrorKind.UnknownProperty, "$.CardPayment" },
        { "{ \"easyPay\": { \"brand\": [] } }", RequirementsJsonErrorKind.UnknownProperty, "$.easyPay.brand" },
        { "{ \"cardPayment\": true, \"cardPayment\": false }", RequirementsJsonErrorKind.DuplicateProperty, "$.cardPayment" },
        { "{ \"easyPay\": { \"integration\": \"hub\", \"integration\": \"hub\" } }", RequirementsJsonErrorKind.DuplicateProperty, "$.easyPay.integration" },
        { "{ \"cardPayment\": \"yes\" }", RequirementsJsonErrorKind.WrongType, "$.cardPayment" },
        { "{ \"cardPayment\": 1 }", RequirementsJsonErrorKind.WrongType, "$.cardPayment" },
        { "{ \"overseasCards\": null }", RequirementsJsonErrorKind.WrongType, "$.overseasCards" },
        { "{ \"recurringCard\": true }", RequirementsJsonErrorKind.WrongType, "$.recurringCard" },
        { "{ \"easyPay\": { \"brands\": \"kakaoPay\" } }", RequirementsJsonErrorKind.WrongType, "$.easyPay.brands" },
        { "{ \"recurringCard\": { \"issuance\": 1 } }", RequirementsJsonErrorKind.WrongType, "$.recurringCard.issuance" },
        { "{ \"easyPay\": { \"brands\": [\"kakaoPay\", \"kakao\"] } }", RequirementsJsonErrorKind.BadEnumValue, "$.easyPay.brands[1]" },
        { "{ \"easyPay\": { \"brands\": [\"KakaoPay\"] } }", RequirementsJsonErrorKind.BadEnumValue, "$.easyPay.brands[0]" },
        { "{ \"easyPay\": { \"brands\": [\"kakaoPay, naverPay\"] } }", RequirementsJsonErrorKind.BadEnumValue, "$.easyPay.brands[0]" },
        { "{ \"apiVersion\": \"V2\" }", RequirementsJsonErrorKind.BadEnumValue, "$.apiVersion" },
        { "{ \"apiVersion\": \"1\" }", RequirementsJsonErrorKind.BadEnumValue, "$.apiVersion" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void ReadRequirements_BadInput_IsRefusedWithKindAndJsonPath(string json, RequirementsJsonErrorKind kind, string path)
    {
        var act = () => RecommendationJson.ReadRequirements(json);

        var error = act.Should().Throw<RequirementsJsonException>().Which;
        error.Kind.Should().Be(kind);
        error.Path.Should().Be(path);
        error.Message.Should().StartWith(path + ": ").And.NotContain("\n");
    }

    [Fact]
    public void ReadRequirements_InvalidUtf8InAValue_IsMalformed_AtThatValue()
    {
        byte[] json = [.. "{ \"easyPay\": { \"brands\": [\""u8, 0xFF, 0xFE, .. "\"] } }"u8];

        var act = () => RecommendationJson.ReadRequirements(json);

        var error = act.Should().Throw<RequirementsJsonException>().Which;
        error.Kind.Should().Be(RequirementsJsonErrorKind.Malformed);
        error.Path.Should().Be("$.easyPay.brands[0]");
        error.Line.Should().Be(1);
    }

    [Fact]
    public void ReadRequirements_Malformed_GivesLineAndColumnInCharacters()
    {
        var act = () => RecommendationJson.ReadRequirements("{\n  \"cardPayment\": tru\n}");

        var error = act.Should().Throw<RequirementsJsonException>().Which;
        error.Line.Should().Be(2);
        error.Column.Should().Be(21);
        error.Message.Should().StartWith("$.cardPayment: malformed JSON (line 2, column 21).");
    }

    [Fact]
    public void ReadRequirements_DeepNesting_IsMalformed_NotACrash()
    {
        var json = "{ \"easyPay\": " + new string('[', 100) + new string(']', 100) + " }";

        var act = () => RecommendationJson.ReadRequirements(json);

        act.Should().Throw<RequirementsJsonException>().Which.Kind.Should().Be(RequirementsJsonErrorKind.Malformed);
    }

    [Fact]
    public void ReadRequirements_UnknownProperty_ListsTheAllowedNames()
    {
        var act = () => RecommendationJson.ReadRequirements("{ \"easyPay\": { \"brand\": [] } }");

        var error = act.Should().Throw<RequirementsJsonException>().Which;
        error.PropertyName.Should().Be("brand");
        error.Allowed.Should().Equal("brands", "integration");
    }

    [Fact]
    public void ReadRequirements_WrongType_SaysWhatWasExpectedAndFound()
    {
        var act = () => RecommendationJson.ReadRequirements("{ \"recurringCard\": { \"issuance\": 1 } }");

        var error = act.Should().Throw<RequirementsJsonException>().Which;
        error.Expected.Should().Be(JsonValueShape.EnumString);
        error.Found.Should().Be(JsonValueShape.Number);
        error.FoundText.Should().Be("1");
        error.Allowed.Should().Equal("api", "paymentWindow");
        error.Message.Should().Be("$.recurringCard.issuance: wrong type: expected a string (one of api, paymentWindow), found a number 1.");
    }

    [Fact]
    public void ReadRequirements_StringWithALoneSurrogate_IsMalformed()
    {
        var act = () => RecommendationJson.ReadRequirements("{ \"" + '\ud800' + "\": true }");

        act.Should().Throw<RequirementsJsonException>().Which.Kind.Should().Be(RequirementsJsonErrorKind.Malformed);
    }

    [Fact]
    public void EngineValidationErrors_MapToJsonPaths()
    {
        var requirements = RecommendationJson.ReadRequirements(
            "{ \"easyPay\": { \"brands\": [\"kakaoPay\", \"naverPay\", \"kakaoPay\"] } }");

        var act = () => RecommendationEngine.Create().Recommend(requirements);

        var error = act.Should().Throw<RequirementsValidationException>().Which;
        error.Errors.Select(e => RecommendationJson.ToJsonPath(e.Path)).Should().Equal("$.easyPay.brands[2]");
    }

    [Fact]
    public void OverseasFields_AreRead_AndRecurringWithoutOverseasCards_MapsToItsJsonPath()
    {
        RecommendationJson.ReadRequirements("""{ "overseasCards": true, "recurringOverseasCards": true, "businessRegisteredAbroad": true }""")
            .Should().Be(new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = true, BusinessRegisteredAbroad = true });
        var requirements = RecommendationJson.ReadRequirements("""{ "cardPayment": true, "recurringOverseasCards": true }""");

        var act = () => RecommendationEngine.Create().Recommend(requirements);

        var error = act.Should().Throw<RequirementsValidationException>().Which;
        error.Errors.Select(e => RecommendationJson.ToJsonPath(e.Path)).Should().Equal("$.recurringOverseasCards");
    }

    [Theory]
    [InlineData("EasyPay.Brands[12]", "$.easyPay.brands[12]")]
    [InlineData("RecurringCard.Issuance", "$.recurringCard.issuance")]
    [InlineData("ExistingContracts", "$.existingContracts")]
    [InlineData("", "$")]
    public void ToJsonPath_TranslatesPropertyPaths(string propertyPath, string jsonPath) =>
        RecommendationJson.ToJsonPath(propertyPath).Should().Be(jsonPath);

    [Fact]
    public void Configure_GivesAHostsOptionsTheContract()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        RecommendationJson.Configure(options);

        var json = JsonSerializer.Serialize(new MerchantRequirements { ApiVersion = PortOneApiVersion.V1 }, options);

        json.Should().Contain("\"apiVersion\":\"v1\"").And.NotContain("recurringCard");
        JsonSerializer.Deserialize<MerchantRequirements>("{\"existingContracts\":[\"danal\"]}", options)!
            .ExistingContracts.Should().Equal(PaymentProvider.Danal);
    }

    [Fact]
    public void Options_AreReadOnly() => RecommendationJson.Options.IsReadOnly.Should().BeTrue();

    [Fact]
    public void NameOf_GivesTheCamelCaseName() => RecommendationJson.NameOf(EasyPayBrand.KakaoPay).Should().Be("kakaoPay");

    [Fact]
    public void Utf8AndStringOverloads_Agree()
    {
        RecommendationJson.ReadRequirements(Encoding.UTF8.GetBytes(ContractExample))
            .Should().Be(RecommendationJson.ReadRequirements(ContractExample));
    }
}
