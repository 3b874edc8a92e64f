using System.IO;
using System.Linq;
using System.Text;
using PortOne.Recommendation.ConsoleSample.Json;
using PortOne.Recommendation.ConsoleSample.Tests.Support;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Tests.Json;

/// <summary><c>--input</c> reads the contract's JSON strictly; every refusal names the JSON path and exits with 2.</summary>
public sealed class JsonInputTests
{
    private static readonly string[] EnglishJson = ["--input", "-", "--lang", "en", "--format", "json"];

    [Fact]
    public void ContractExample_IsReadAsTheRequirementsItDescribes()
    {
        var json = File.ReadAllBytes(Path.Combine(RepositoryPaths.Sample, "examples", "requirements.json"));

        var requirements = RequirementsJsonReader.Parse(json, "requirements.json", Language.English);

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
    public void ApiVersionAndExistingContracts_AreRead()
    {
        var json = "{ \"apiVersion\": \"v1\", \"existingContracts\": [\"nhnKcp\", \"kgInicis\"] }"u8.ToArray();

        var requirements = RequirementsJsonReader.Parse(json, "input", Language.English);

        requirements.ApiVersion.Should().Be(PortOneApiVersion.V1);
        requirements.ExistingContracts.Should().Equal(PaymentProvider.NhnKcp, PaymentProvider.KgInicis);
    }

    [Fact]
    public void ApiVersionNull_MeansEitherVersion()
    {
        var requirements = RequirementsJsonReader.Parse("{ \"apiVersion\": null }"u8.ToArray(), "input", Language.English);

        requirements.ApiVersion.Should().BeNull();
        requirements.ExistingContracts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"recurringCard\": {}, \"easyPay\": {}, \"identityVerification\": {}, \"mobileMicropayment\": {} }")]
    [InlineData("\uFEFF{ \"recurringCard\": null }")]
    public void OmittedParts_TakeTheContractDefaults(string json)
    {
        var requirements = RequirementsJsonReader.Parse(Encoding.UTF8.GetBytes(json), "input", Language.English);

        requirements.RecurringCard?.Issuance.Should().Be(BillingKeyIssuance.Api);
        requirements.EasyPay?.Brands.Should().BeEmpty();
        requirements.EasyPay?.Integration.Should().Be(EasyPayIntegration.Direct);
        requirements.IdentityVerification?.Purpose.Should().Be(VerificationPurpose.SignUp);
        requirements.MobileMicropayment?.Recurring.Should().BeFalse();
        requirements.CardPayment.Should().BeFalse();
    }

    [Fact]
    public void ValidInput_FromStandardInput_WritesTheResultAsContractJson()
    {
        var run = InProcess.Run(EnglishJson, "{ \"easyPay\": { \"integration\": \"hub\" } }");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("\"service\": \"easyPay\"")
            .And.Contain("\"path\": \"directSelection\"")
            .And.Contain("\"code\": \"hubEasyPayExtraMerchantId\"")
            .And.NotContain("packageItem", "nulls are omitted")
            .And.NotContain("null");
    }

    [Theory]
    [InlineData("{ \"cardPayment\": true, \"debitCard\": true }", "$.debitCard: unknown property \"debitCard\". Properties allowed here: cardPayment, bankTransfer, virtualAccount, recurringCard, easyPay, identityVerification, mobileMicropayment, overseasCards, recurringOverseasCards, businessRegisteredAbroad, apiVersion, existingContracts")]
    [InlineData("{ \"CardPayment\": true }", "$.CardPayment: unknown property \"CardPayment\"")]
    [InlineData("{ \"easyPay\": { \"brand\": [] } }", "$.easyPay.brand: unknown property \"brand\". Properties allowed here: brands, integration")]
    [InlineData("{ \"cardPayment\": \"yes\" }", "$.cardPayment: wrong type: expected true or false, found a string \"yes\".")]
    [InlineData("{ \"cardPayment\": 1 }", "$.cardPayment: wrong type: expected true or false, found a number 1.")]
    [InlineData("{ \"overseasCards\": null }", "$.overseasCards: wrong type: expected true or false, found null.")]
    [InlineData("{ \"easyPay\": { \"brands\": \"kakaoPay\" } }", "$.easyPay.brands: wrong type: expected an array, found a string \"kakaoPay\".")]
    [InlineData("{ \"recurringCard\": true }", "$.recurringCard: wrong type: expected an object, found true.")]
    [InlineData("{ \"recurringCard\": { \"issuance\": 1 } }", "$.recurringCard.issuance: wrong type: expected a string (one of api, paymentWindow), found a number 1.")]
    [InlineData("[]", "$: wrong type: expected an object, found an array.")]
    [InlineData("null", "$: wrong type: expected an object, found null.")]
    [InlineData("{ \"easyPay\": { \"brands\": [\"kakaoPay\", \"kakao\"] } }", "$.easyPay.brands[1]: \"kakao\" is not an allowed value. Allowed values: kakaoPay, naverPay, tossPay, payco, samsungPay, applePay")]
    [InlineData("{ \"easyPay\": { \"brands\": [\"KakaoPay\"] } }", "$.easyPay.brands[0]: \"KakaoPay\" is not an allowed value.")]
    [InlineData("{ \"easyPay\": { \"brands\": [\"kakaoPay, naverPay\"] } }", "$.easyPay.brands[0]: \"kakaoPay, naverPay\" is not an allowed value.")]
    [InlineData("{ \"identityVerification\": { \"purpose\": \"age\" } }", "$.identityVerification.purpose: \"age\" is not an allowed value. Allowed values: signUp, ageRestriction, other")]
    [InlineData("{ \"apiVersion\": \"V2\" }", "$.apiVersion: \"V2\" is not an allowed value. Allowed values: v1, v2")]
    [InlineData("{ \"apiVersion\": 2 }", "$.apiVersion: wrong type: expected a string (one of v1, v2), found a number 2.")]
    [InlineData("{ \"existingContracts\": \"nhnKcp\" }", "$.existingContracts: wrong type: expected an array, found a string \"nhnKcp\".")]
    [InlineData("{ \"existingContracts\": [\"nhnKcp\", \"kcp\"] }", "$.existingContracts[1]: \"kcp\" is not an allowed value. Allowed values: kgInicis, nicePayments, kakaoPay, naverPay, danal, nhnKcp, tossPayments, kpn, ksnet, smartro, welcomePayments, galaxiaMoneyTree, kgFinancial, kiwoomPay, hectoFinancial, kicc, tossPay, payco, eximbay")]
    [InlineData("{ \"existingContracts\": [\"nhnKcp\", \"nhnKcp\"] }", "the requirements are not valid. $.existingContracts[1]: ")]
    [InlineData("{ \"existingContracts\": null }", "the requirements are not valid. $.existingContracts: ")]
    [InlineData("{ \"cardPayment\": true, \"cardPayment\": false }", "$.cardPayment: the property appears more than once.")]
    [InlineData("{ \"cardPayment\": true, }", "$.cardPayment: malformed JSON (line 1, column 24).")]
    [InlineData("{ \"easyPay\": { \"brands\": [\"kakaoPay\"] }", "$.easyPay: malformed JSON (line 1, column 40). Expected depth to be zero")]
    [InlineData("{\n  \"cardPayment\": tru\n}", "$.cardPayment: malformed JSON (line 2, column 21). 'tru\\n}' is an invalid JSON literal.")]
    [InlineData("{ \"cardPayment\": true } // note", "$: malformed JSON (line 1, column 25).")]
    [InlineData("{ \"cardPayment\": true } {}", "$: malformed JSON (line 1, column 25).")]
    [InlineData("", "standard input: the input is empty; a MerchantRequirements JSON object is expected.")]
    [InlineData(" \n\t ", "standard input: the input is empty; a MerchantRequirements JSON object is expected.")]
    [InlineData("{ \"easyPay\": { \"brands\": [\"kakaoPay\", \"naverPay\", \"kakaoPay\"] } }", "the requirements are not valid. $.easyPay.brands[2]: KakaoPay is already listed at EasyPay.Brands[0]")]
    [InlineData("{ \"easyPay\": { \"brands\": null } }", "the requirements are not valid. $.easyPay.brands: ")]
    public void BadInput_IsRefusedWithOneMessageNamingThePath_AndExitCode2(string json, string expectedMessagePart)
    {
        var run = InProcess.Run(EnglishJson, json);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: standard input: ").And.Contain(expectedMessagePart).And.EndWith("\n");
        run.Error.TrimEnd('\n').Should().NotContain("\n", "the error is one line");
        run.Error.Should().NotContain("   at ", "no stack trace");
    }

    [Fact]
    public void BadInput_InKorean_IsReportedInKorean()
    {
        var run = InProcess.Run(["--input", "-"], "{ \"easyPay\": { \"brands\": [\"kakao\"] } }");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be(
            "오류: 표준 입력: $.easyPay.brands[0]: 쓸 수 없는 값 \"kakao\"입니다. 쓸 수 있는 값: kakaoPay, naverPay, tossPay, payco, samsungPay, applePay\n");
    }

    [Fact]
    public void InputOfExactlyOneMebibyte_IsRead_AndOneByteMore_IsRefused()
    {
        var json = Encoding.UTF8.GetBytes("{ \"cardPayment\": true }");
        var padded = json.Concat(Enumerable.Repeat((byte)' ', RequirementsJsonReader.MaxBytes - json.Length)).ToArray();

        InProcess.Run(EnglishJson, padded).ExitCode.Should().Be(0);

        var run = InProcess.Run(EnglishJson, [.. padded, (byte)' ']);
        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("error: standard input: the input is larger than 1048576 bytes (1 MiB) and was refused.\n");
    }

    [Fact]
    public void InvalidUtf8_IsMalformedJson()
    {
        var run = InProcess.Run(EnglishJson, [.. "{ \""u8, 0xFF, 0xFE, .. "\": true }"u8]);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("error: standard input: $: malformed JSON (line 1, column ");
    }

    [Fact]
    public void DeeplyNestedJson_IsMalformedJson_NotACrash()
    {
        var json = "{ \"easyPay\": " + new string('[', 100) + new string(']', 100) + " }";

        var run = InProcess.Run(EnglishJson, json);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("malformed JSON");
    }

    [Fact]
    public void EngineValidationPath_IsTranslatedToTheJsonPath()
    {
        PortOne.Recommendation.Json.RecommendationJson.ToJsonPath("EasyPay.Brands[12]").Should().Be("$.easyPay.brands[12]");
        PortOne.Recommendation.Json.RecommendationJson.ToJsonPath("RecurringCard.Issuance").Should().Be("$.recurringCard.issuance");
    }

    [Fact]
    public void OddPropertyNames_AreQuotedInThePath()
    {
        var run = InProcess.Run(EnglishJson, "{ \"card payment\": true }");

        run.Error.Should().Contain("$['card payment']: unknown property \"card payment\"");
    }
}
