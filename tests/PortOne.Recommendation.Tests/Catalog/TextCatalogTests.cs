using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Catalog;

public sealed class TextCatalogTests
{
    private static readonly Type[] TextedEnums =
    [
        typeof(PaymentProvider), typeof(EasyPayBrand), typeof(PaymentService), typeof(PackageItem), typeof(ApplicationPath),
        typeof(VerificationPurpose), typeof(BillingKeyIssuance), typeof(EasyPayIntegration), typeof(AdvisoryCode), typeof(BenefitCode),
        typeof(PortOneApiVersion), typeof(PackageEdition), typeof(ContractAddOn), typeof(ExplanationReasonCode),
        typeof(ProviderStanding), typeof(RecommendationChangeKind),
        typeof(MerchantOffering), typeof(MerchantIndustry), typeof(OnboardingItemKind), typeof(OnboardingActor), typeof(OnboardingWaitUnit),
    ];

    public static TheoryData<string> AllKeys()
    {
        // A set: a key reached two ways (a constant and a sourced advisory's code) is one test case, not a duplicate that
        // xunit would skip.
        var data = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in KeyConstants())
        {
            data.Add(key);
        }

        // Sourced advisories build their key from the code: Advisory.{code}.
        foreach (var code in PinnedCatalog.AdvisorySources.Keys.Concat(PinnedCatalog.ProviderAdvisories.Select(a => a.Code)).Distinct())
        {
            data.Add("Advisory." + code);
        }

        // Package items' labels build their key from the item: Step.Item.{item}.
        foreach (var item in Enum.GetNames<PackageItem>())
        {
            data.Add("Step.Item." + item);
        }

        // Onboarding items name their texts in the catalog: Onboarding.{text}.
        foreach (var key in OnboardingCatalogTests.TextKeysOfTheCatalog())
        {
            data.Add(key);
        }

        // Comparison sentences build their key from the kind: Compare.{kind}.
        foreach (var kind in Enum.GetNames<RecommendationChangeKind>())
        {
            data.Add("Compare." + kind);
        }

        foreach (var type in TextedEnums)
        {
            foreach (var name in Enum.GetNames(type))
            {
                data.Add(type.Name + "." + name);
            }
        }

        var cases = new TheoryData<string>();
        foreach (var key in data)
        {
            cases.Add(key);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void EveryKey_HasKoreanAndEnglishText_EnglishWithoutHangul(string key)
    {
        var korean = TextCatalog.Get(key, TextLanguage.Korean);
        var english = TextCatalog.Get(key, TextLanguage.English);

        korean.Should().NotBeNullOrEmpty();
        english.Should().NotBeNullOrEmpty();
        // The one Hangul English may hold: a console label in PortOne's quotes, followed by its translation.
        Hangul.In(Regex.Replace(english, @"‘[^’]*’ (?=\()", string.Empty)).Should().BeFalse("'{0}' must be English", english);
        // PortOne writes some PGs in Latin letters only (KSNET, NHN KCP).
        if (key is not TextKeys.TextListSeparator and not TextKeys.TextListLastSeparator and not TextKeys.TextServiceWithBrands and not "PaymentProvider.Ksnet" and not "PaymentProvider.NhnKcp")
        {
            Hangul.In(korean).Should().BeTrue("'{0}' must be Korean", korean);
        }
    }

    [Fact]
    public void Resources_HoldExactlyTheKeysTheCodeUses_InBothLanguages()
    {
        var expected = AllKeys().Cast<object[]>().Select(row => (string)row[0]).ToHashSet();

        ReadKeys("PortOne.Recommendation.Localization.Texts.resources").Should().BeEquivalentTo(expected, "the Korean resources hold no unused text");
        ReadKeys("PortOne.Recommendation.Localization.TextsEnglish.resources").Should().BeEquivalentTo(expected, "the English resources hold the same keys");
    }

    [Theory]
    [InlineData("en-US", "Recommended package")]
    [InlineData("en", "Recommended package")]
    [InlineData("ko-KR", "추천패키지")]
    [InlineData("ko", "추천패키지")]
    [InlineData("ja-JP", "추천패키지")]
    [InlineData("fr", "추천패키지")]
    [InlineData("", "추천패키지")]
    public void OtherCultures_FallBackToKorean(string culture, string expected)
    {
        TextCatalog.Get("ApplicationPath.RecommendedPackage", TextLanguages.Of(CultureInfo.GetCultureInfo(culture))).Should().Be(expected);
        TextCatalog.Get("ApplicationPath.RecommendedPackage", TextLanguages.OfName(culture)).Should().Be(expected);
    }

    [Fact]
    public void EngineInJapanese_AnswersInKorean()
    {
        var engine = RecommendationEngine.Create(o => o.Culture = CultureInfo.GetCultureInfo("ja-JP"));

        var result = engine.Recommend(new MerchantRequirements { CardPayment = true });

        result.Should().Be(Engines.Ko.Recommend(new MerchantRequirements { CardPayment = true }));
    }

    [Fact]
    public void Format_EnumsAndSets_AreListedWithDisplayNames()
    {
        var text = LocalizableText.FromResource(
            TextKeys.AdvisoryEasyPayBrandNotInPackage,
            EasyPayBrandSet.Of(EasyPayBrand.ApplePay, EasyPayBrand.TossPay));

        text.Resolve(Engines.Korean).Should().StartWith("토스페이, 애플페이는 추천패키지에 없으니 ");
        text.Resolve(Engines.English).Should().StartWith("Not in the package, so apply for them separately on the ‘간편결제’ (Easy pay) tab under ‘전자결제 직접 선택하기’ (Select e-payment directly): TossPay and Apple Pay.");
    }

    private static string[] KeyConstants() => typeof(TextKeys)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static string[] ReadKeys(string resourceName)
    {
        using var stream = typeof(RecommendationEngine).Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new ResourceReader(stream);
        return reader.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToArray();
    }
}
