using System;
using System.Globalization;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData(PaymentProvider.NicePayments, "ko-KR", "나이스정보통신(구 나이스페이먼츠)")]
    [InlineData(PaymentProvider.NicePayments, "en", "NICE Information & Communication (formerly NICE Payments)")]
    [InlineData(PaymentProvider.KgInicis, null, "KG이니시스")]
    public void Of_Provider_InTheCulture(PaymentProvider provider, string? culture, string expected)
    {
        DisplayNames.Of(provider, culture is null ? null : CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Fact]
    public void Of_EveryValueOfEveryPublicDomainEnum_HasNamesInBothLanguages()
    {
        var of = typeof(DisplayNames).GetMethod(nameof(DisplayNames.Of))!;
        foreach (var type in typeof(DisplayNames).Assembly.GetExportedTypes())
        {
            // The JSON contract's enums (error kinds, value shapes) are machine codes of the reader, not domain values.
            if (!type.IsEnum || type.Namespace == "PortOne.Recommendation.Json")
            {
                continue;
            }

            foreach (var value in Enum.GetValues(type))
            {
                var method = of.MakeGenericMethod(type);
                ((string)method.Invoke(null, [value, CultureInfo.GetCultureInfo("ko")])!).Should().NotBeNullOrWhiteSpace();
                ((string)method.Invoke(null, [value, CultureInfo.GetCultureInfo("en")])!).Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void Of_UndefinedValueOrForeignEnum_Throws()
    {
        var undefined = () => DisplayNames.Of((PaymentProvider)99);
        var foreign = () => DisplayNames.Of(DayOfWeek.Monday);

        undefined.Should().Throw<ArgumentException>().WithMessage("*99*PaymentProvider*");
        foreign.Should().Throw<ArgumentException>().WithMessage("*DayOfWeek*");
    }
}
