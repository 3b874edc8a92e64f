using System;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Requirements;

public sealed class ValidationTests
{
    [Fact]
    public void Recommend_Null_ThrowsArgumentNullException()
    {
        var act = () => Engines.Ko.Recommend(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("requirements");
    }

    public static TheoryData<MerchantRequirements, string> SingleProblems => new()
    {
        { new() { RecurringCard = new((BillingKeyIssuance)7) }, "RecurringCard.Issuance" },
        { new() { EasyPay = new() { Integration = (EasyPayIntegration)(-1) } }, "EasyPay.Integration" },
        { new() { EasyPay = new() { Brands = null! } }, "EasyPay.Brands" },
        { new() { EasyPay = new() { Brands = [EasyPayBrand.KakaoPay, (EasyPayBrand)42] } }, "EasyPay.Brands[1]" },
        { new() { EasyPay = new() { Brands = [EasyPayBrand.TossPay, EasyPayBrand.Payco, EasyPayBrand.TossPay] } }, "EasyPay.Brands[2]" },
        { new() { IdentityVerification = new((VerificationPurpose)3) }, "IdentityVerification.Purpose" },
        { new() { CardPayment = true, RecurringOverseasCards = true }, "RecurringOverseasCards" },
    };

    [Theory]
    [MemberData(nameof(SingleProblems))]
    public void Recommend_OneInvalidValue_ThrowsWithItsPath(MerchantRequirements requirements, string path)
    {
        var act = () => Engines.Ko.Recommend(requirements);

        var exception = act.Should().Throw<RequirementsValidationException>().Which;
        exception.Should().BeAssignableTo<ArgumentException>().Which.ParamName.Should().Be("requirements");
        exception.Errors.Should().ContainSingle().Which.Path.Should().Be(path);
        exception.Message.Should().Contain(path);
    }

    [Fact]
    public void Recommend_SeveralInvalidValues_ListsEveryProblemInPropertyOrder()
    {
        var requirements = new MerchantRequirements
        {
            CardPayment = true,
            RecurringCard = new((BillingKeyIssuance)9),
            EasyPay = new()
            {
                Brands = [(EasyPayBrand)(-3), EasyPayBrand.NaverPay, EasyPayBrand.NaverPay],
                Integration = (EasyPayIntegration)5,
            },
            IdentityVerification = new((VerificationPurpose)11),
        };

        var act = () => Engines.En.Recommend(requirements);

        var exception = act.Should().Throw<RequirementsValidationException>().Which;
        exception.Errors.Select(e => e.Path).Should().Equal(
            "RecurringCard.Issuance",
            "EasyPay.Brands[0]",
            "EasyPay.Brands[2]",
            "EasyPay.Integration",
            "IdentityVerification.Purpose");
        exception.Errors[0].Message.Should().Be("9 is not a defined BillingKeyIssuance value.");
        exception.Errors[2].Message.Should().Be("NaverPay is already listed at EasyPay.Brands[1]; name each easy pay once.");
        exception.Message.Should().StartWith("The merchant requirements are not valid (5 problem(s)):");
        exception.Message.Should().Contain("IdentityVerification.Purpose: 11 is not a defined VerificationPurpose value.");
    }

    [Fact]
    public void Recommend_InvalidValues_KoreanEngineExplainsInKorean()
    {
        var act = () => Engines.Ko.Recommend(new MerchantRequirements { EasyPay = new() { Brands = null! } });

        var exception = act.Should().Throw<RequirementsValidationException>().Which;
        exception.Errors.Should().ContainSingle().Which.Message.Should().Contain("빈 목록");
        exception.Message.Should().StartWith("입력하신 요구사항에 오류가 있습니다(1건)");
    }

    [Fact]
    public void Recommend_ValidDefaults_DoNotThrow()
    {
        var act = () => Engines.Ko.Recommend(new MerchantRequirements
        {
            RecurringCard = new(),
            EasyPay = new(),
            IdentityVerification = new(),
            MobileMicropayment = new(),
        });

        act.Should().NotThrow();
    }

    [Fact]
    public void Exception_PublicConstructorFromErrors_ListsThem()
    {
        var exception = new RequirementsValidationException([new RequirementsValidationError("EasyPay.Brands", "비어 있음")]);

        exception.Errors.Should().ContainSingle();
        exception.Message.Should().Contain("EasyPay.Brands: 비어 있음");
    }
}
