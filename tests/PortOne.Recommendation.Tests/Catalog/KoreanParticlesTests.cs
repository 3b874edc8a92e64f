using System;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Tests.Catalog;

public sealed class KoreanParticlesTests
{
    [Theory]
    [InlineData("KG이니시스", "은/는", "KG이니시스는")]
    [InlineData("나이스정보통신", "은/는", "나이스정보통신은")]
    [InlineData("다날", "은/는", "다날은")]
    [InlineData("카카오페이", "이/가", "카카오페이가")]
    [InlineData("다날", "이/가", "다날이")]
    [InlineData("KSNET", "은/는", "KSNET은")]
    [InlineData("KSNET", "으로/로", "KSNET으로")]
    [InlineData("KPN", "을/를", "KPN을")]
    [InlineData("KPN", "으로/로", "KPN으로")]
    [InlineData("한국결제네트웍스(KPN)", "은/는", "한국결제네트웍스(KPN)는")]
    [InlineData("NHN KCP", "과/와", "NHN KCP와")]
    [InlineData("NHN KCP", "은/는", "NHN KCP는")]
    [InlineData("PAYCO", "을/를", "PAYCO를")]
    [InlineData("Apple Pay", "이/가", "Apple Pay가")]
    [InlineData("Samsung Pay", "은/는", "Samsung Pay는")]
    [InlineData("Samsung", "은/는", "Samsung은")]
    [InlineData("간편결제(삼성페이)", "을/를", "간편결제(삼성페이)를")]
    [InlineData("간편결제(삼성페이, 애플페이)", "을/를", "간편결제(삼성페이, 애플페이)를")]
    [InlineData("이지페이(KICC)", "와/과", "이지페이(KICC)와")]
    [InlineData("V1", "은/는", "V1은")]
    [InlineData("포트원 V2", "은/는", "포트원 V2는")]
    [InlineData("포트원 V2", "으로/로", "포트원 V2로")]
    [InlineData("포트원 V1", "으로/로", "포트원 V1으로")]
    [InlineData("다날", "으로/로", "다날로")]
    [InlineData("KG파이낸셜", "으로/로", "KG파이낸셜로")]
    [InlineData("나이스정보통신", "으로/로", "나이스정보통신으로")]
    [InlineData("토스페이", "으로/로", "토스페이로")]
    [InlineData("MID", "을/를", "MID를")]
    [InlineData("URL", "이/가", "URL이")]
    [InlineData("URL", "으로/로", "URL로")]
    [InlineData("API", "으로/로", "API로")]
    [InlineData("2025년 10월", "은/는", "2025년 10월은")]
    [InlineData("3", "이/가", "3이")]
    [InlineData("2", "이/가", "2가")]
    [InlineData("KG이니시스, 나이스페이먼츠", "과/와", "KG이니시스, 나이스페이먼츠와")]
    [InlineData("나이스정보통신(구 나이스페이먼츠)", "은/는", "나이스정보통신(구 나이스페이먼츠)은")]
    [InlineData("‘PG 제휴’", "으로/로", "‘PG 제휴’로")]
    public void Attach_ChoosesByReading(string word, string format, string expected) =>
        KoreanParticles.Attach(word, format).Should().Be(expected);

    [Theory]
    [InlineData("은/는")]
    [InlineData("은")]
    [InlineData("는")]
    public void Attach_AcceptsEitherFormOfAPair(string format) =>
        KoreanParticles.Attach("카카오페이", format).Should().Be("카카오페이는");

    [Theory]
    [InlineData("은", "는")]
    [InlineData("이", "가")]
    [InlineData("을", "를")]
    [InlineData("으", "로")]
    public void Attach_BothFormsWithOneInParentheses_IsRejected(string first, string second) =>
        FluentActions.Invoking(() => KoreanParticles.Attach("다날", first + "(" + second + ")")).Should().Throw<FormatException>();

    [Fact]
    public void Attach_UnknownFormat_Throws() =>
        FluentActions.Invoking(() => KoreanParticles.Attach("다날", "의")).Should().Throw<FormatException>();

    [Fact]
    public void Format_ResolvesParticlesInFormatItems() =>
        KoreanParticles.Format("{0:은/는} {1:으로/로} 신청합니다.", ["KSNET", "다날"]).Should().Be("KSNET은 다날로 신청합니다.");

    [Fact]
    public void EveryKoreanDisplayName_HasAKnownReading()
    {
        foreach (var type in new[] { typeof(PaymentProvider), typeof(EasyPayBrand), typeof(PaymentService), typeof(PortOneApiVersion), typeof(VerificationPurpose) })
        {
            foreach (Enum value in Enum.GetValues(type))
            {
                var korean = TextCatalog.DisplayName(value, TextLanguage.Korean);
                KoreanParticles.TryRead(korean).Should().NotBeNull("'{0}' must have a reading", korean);
            }
        }
    }
}
