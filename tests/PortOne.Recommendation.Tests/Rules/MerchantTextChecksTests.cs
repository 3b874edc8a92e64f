using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// The checks of the Korean rules flag the texts they are for (each with a sentence the library once gave, issue 18)
/// and pass the texts that keep them, so that the whole-space text test can fail.
/// </summary>
public sealed class MerchantTextChecksTests
{
    [Theory]
    [InlineData("2025년 5월 추천패키지의 안내에는 정기결제 결제대행사가 따로 나와 있지 않아, 이 라이브러리는 KG이니시스를 안내합니다.", "ko")]
    [InlineData("추천 엔진이 고른 결제대행사입니다.", "ko")]
    [InlineData("PortOne's page names no recurring PG, so this library names KG Inicis.", "en")]
    [InlineData("The rules pick KG Inicis.", "en")]
    public void SoftwareWords_AreFlagged(string text, string language) =>
        MerchantTextChecks.SoftwareWords(text, language).Should().ContainSingle();

    [Theory]
    [InlineData("이 안내에서는 KG이니시스를 정기결제용으로 안내해 드립니다. 할인 코드를 받으실 수 있습니다.", "ko")]
    [InlineData("This guide names KG Inicis; the contract plan takes it from KG Inicis.", "en")]
    public void SoftwareWords_PassMerchantWords(string text, string language) =>
        MerchantTextChecks.SoftwareWords(text, language).Should().BeEmpty();

    [Theory]
    [InlineData("키움페이의 간편결제(PG 제휴(허브형))는 포트원 V1에서만 지원됩니다.")]
    [InlineData("The library names its PGs (KG Inicis, NICE Information & Communication (formerly NICE Payments)).")]
    public void NestedParentheses_AreFlagged(string text) =>
        MerchantTextChecks.NestedParentheses(text).Should().ContainSingle();

    [Fact]
    public void NestedParentheses_PassParenthesesSideBySide() =>
        MerchantTextChecks.NestedParentheses("나이스정보통신(구 나이스페이먼츠), 한국결제네트웍스(KPN)입니다. (출처: https://help.portone.io/content/package)")
            .Should().BeEmpty();

    [Theory]
    [InlineData("스마트로의 PG 제휴 간편결제에는 삼성페이가 없습니다.", "ko")]
    [InlineData("KSNET은 여기에 들지 않습니다.", "ko")]
    [InlineData("이 추천패키지의 ‘신용카드 정기결제’ 결제대행사는 포트원 V1을 지원하지 않아 직접 고릅니다.", "ko")]
    [InlineData("Eximbay's PG-partnered easy pay does not include NaverPay.", "en")]
    [InlineData("One-time card payment is not offered by KakaoPay according to PortOne's documentation.", "en")]
    public void AbsenceAsFact_IsFlagged(string text, string language) =>
        MerchantTextChecks.AbsenceAsFact(text, language).Should().NotBeEmpty();

    [Theory]
    [InlineData("포트원 문서에는 스마트로의 PG 제휴 간편결제에 삼성페이가 나와 있지 않습니다.", "ko")]
    [InlineData("휴대폰 소액결제는 추천패키지에 없으므로 ‘전자결제 직접 선택하기’에서 신청합니다.", "ko")]
    [InlineData("KG이니시스의 PG 제휴 간편결제는 정기결제를 지원하지 않습니다. (출처: https://help.portone.io/content/inicis-easypay-hub-fee)", "ko")]
    [InlineData("PortOne's documentation does not list NaverPay in Eximbay's PG-partnered easy pay.", "en")]
    [InlineData("PG 제휴 간편결제와 간편결제사 직접 계약은 동시에 사용할 수 없으니 한 가지 방식을 골라 주세요.", "ko")]
    public void AbsenceAsFact_PassesDocumentationWordingAndReviewedNos(string text, string language) =>
        MerchantTextChecks.AbsenceAsFact(text, language).Should().BeEmpty();

    [Theory]
    [InlineData("전자결제 직접 선택하기", MerchantTextKind.Step, "ko")]
    [InlineData("간편결제", MerchantTextKind.Step, "ko")]
    [InlineData("신용카드 일반결제로 신청", MerchantTextKind.Step, "ko")]
    [InlineData("해외카드 정기결제는 전자결제 직접 선택하기의 해외결제에서 신청합니다.", MerchantTextKind.Reason, "ko")]
    [InlineData("‘전자결제 직접 선택하기’의 간편결제 탭에서 따로 신청해 주세요.", MerchantTextKind.Reason, "ko")]
    [InlineData("‘전자결제 직접 선택하기’의 일반결제에서 결제대행사를 고릅니다.", MerchantTextKind.Reason, "ko")]
    [InlineData("간편결제 탭에서 PG 제휴로 표기된 결제대행사를 고릅니다.", MerchantTextKind.Reason, "ko")]
    [InlineData("Select e-payment directly", MerchantTextKind.Step, "en")]
    [InlineData("Easy pay", MerchantTextKind.Step, "en")]
    [InlineData("Apply on the easy pay tab under 'Select e-payment directly'.", MerchantTextKind.Reason, "en")]
    [InlineData("Apply under overseas payment in direct selection.", MerchantTextKind.Reason, "en")]
    [InlineData("Apply under ‘해외결제’ in ‘전자결제 직접 선택하기’ (Select e-payment directly).", MerchantTextKind.Reason, "en")]
    public void UnquotedLabels_AreFlagged(string text, MerchantTextKind kind, string language) =>
        MerchantTextChecks.UnquotedLabels(text, kind, language).Should().NotBeEmpty();

    [Theory]
    [InlineData("‘전자결제 직접 선택하기’", MerchantTextKind.Step, "ko")]
    [InlineData("‘신용카드 일반결제’로 신청", MerchantTextKind.Step, "ko")]
    [InlineData("결제대행사 선택", MerchantTextKind.Step, "ko")]
    [InlineData("‘전자결제 직접 선택하기’의 ‘간편결제’ 탭에서 ‘PG 제휴’(이전 표기 ‘허브형’)로 표기된 결제대행사를 골라 신청합니다.", MerchantTextKind.Reason, "ko")]
    [InlineData("간편결제는 추천패키지의 ‘간편결제’ 항목으로 신청합니다.", MerchantTextKind.Reason, "ko")]
    [InlineData("‘전자결제 직접 선택하기’ (Select e-payment directly)", MerchantTextKind.Step, "en")]
    [InlineData("Apply on the ‘간편결제’ (Easy pay) tab under ‘전자결제 직접 선택하기’ (Select e-payment directly).", MerchantTextKind.Reason, "en")]
    public void UnquotedLabels_PassQuotedLabels(string text, MerchantTextKind kind, string language) =>
        MerchantTextChecks.UnquotedLabels(text, kind, language).Should().BeEmpty();

    [Theory]
    [InlineData("포트원이 추천하는 결제대행사는 KG이니시스, 카카오페이입니다.")]
    [InlineData("카카오페이(추천패키지 결제대행사)")]
    [InlineData("포트원 문서에 이 결제대행사들의 신용카드 일반결제 지원 내용이 없습니다: 카카오페이 결제대행사.")]
    [InlineData("포트원이 추천하는 간편결제사는 KG이니시스입니다.")]
    public void CompanyKinds_WrongWordIsFlagged(string text) =>
        MerchantTextChecks.CompanyKinds(text).Should().NotBeEmpty();

    [Theory]
    [InlineData("포트원이 추천하는 간편결제사는 카카오페이, 네이버페이입니다.")]
    [InlineData("포트원이 추천하는 결제대행사는 KG이니시스, 토스페이먼츠입니다.")]
    [InlineData("계약 계획에서는 간편결제에 KG이니시스, 네이버페이를 이용합니다.")]
    public void CompanyKinds_RightWordPasses(string text) =>
        MerchantTextChecks.CompanyKinds(text).Should().BeEmpty();

    [Fact]
    public void Problems_NameTheText() =>
        MerchantTextChecks.Problems("KSNET은 여기에 들지 않습니다.", MerchantTextKind.Reason, "ko")
            .Should().ContainSingle().Which.Should().Contain("KSNET은 여기에 들지 않습니다.");
}
