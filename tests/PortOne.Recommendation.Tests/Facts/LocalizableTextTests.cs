using System;
using System.Globalization;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.Facts;

public sealed class LocalizableTextTests
{
    [Fact]
    public void Of_KoreanAndEnglish_PicksByCulture()
    {
        var text = LocalizableText.Of("안녕하세요", "Hello");

        text.Resolve(CultureInfo.GetCultureInfo("en-GB")).Should().Be("Hello");
        text.Resolve(CultureInfo.GetCultureInfo("ko-KR")).Should().Be("안녕하세요");
        text.Resolve(CultureInfo.GetCultureInfo("de-DE")).Should().Be("안녕하세요");
        text.ToString().Should().Be("안녕하세요");
    }

    [Fact]
    public void Of_KoreanOnly_UsedForEnglishToo()
    {
        LocalizableText.Of("다날").Resolve(CultureInfo.GetCultureInfo("en")).Should().Be("다날");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Of_EmptyKorean_Throws(string? korean)
    {
        var act = () => LocalizableText.Of(korean!, "x");

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(korean));
    }

    [Fact]
    public void Equality_ByContent()
    {
        LocalizableText.Of("가", "a").Should().Be(LocalizableText.Of("가", "a"));
        LocalizableText.Of("가", "a").Should().NotBe(LocalizableText.Of("가", "b"));
        LocalizableText.Of("가", "a").GetHashCode().Should().Be(LocalizableText.Of("가", "a").GetHashCode());
    }

    [Fact]
    public void Resolve_NullCulture_Throws()
    {
        var act = () => LocalizableText.Of("가").Resolve(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("culture");
    }
}
