using System;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

/// <summary>One engine serves every language and edition, chosen per call.</summary>
public sealed class PerCallContextTests
{
    private static readonly MerchantRequirements Shop = new()
    {
        CardPayment = true,
        EasyPay = new(),
        IdentityVerification = new(),
        OverseasCards = true,
    };

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("EN-gb")]
    public void EnglishCulturePerCall_EqualsAnEnglishEngine(string name)
    {
        var result = Engines.Ko.Recommend(Shop, new RecommendationContext { Culture = CultureInfo.GetCultureInfo(name) });

        result.Should().Be(Engines.En.Recommend(Shop));
    }

    [Fact]
    public void CulturePerCall_EqualsAnEnglishEngine_AndKoreanStaysTheDefault()
    {
        Engines.Ko.Recommend(Shop, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en-US") }).Should().Be(Engines.En.Recommend(Shop));
        Engines.En.Recommend(Shop, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("ko") }).Should().Be(Engines.Ko.Recommend(Shop));
        Engines.Ko.Recommend(Shop, RecommendationContext.Default).Should().Be(Engines.Ko.Recommend(Shop));
    }

    [Fact]
    public void EveryEdition_PerCall_EqualsAnEngineOfThatEdition()
    {
        foreach (var edition in Enum.GetValues<PackageEdition>())
        {
            var own = RecommendationEngine.Create(o => o.Edition = edition).Recommend(Shop);
            var perCall = Engines.Ko.Recommend(Shop, new RecommendationContext { Edition = edition });

            perCall.Should().Be(own, "edition {0}", edition);
        }
    }

    [Fact]
    public void LatestChoice_IsTheNewestEdition_WithoutNamingIt()
    {
        var result = Engines.Ko.Recommend(Shop, new RecommendationContext { Edition = EditionChoice.Latest });

        result.Edition.Should().Be(PackageEdition.April2026);
        EditionChoice.Parse("latest").Should().Be(EditionChoice.Latest);
        EditionChoice.Parse("october2025").Edition.Should().Be(PackageEdition.October2025);
        var act = () => EditionChoice.Parse("2019");
        act.Should().Throw<FormatException>().WithMessage("*May2025*");
    }

    [Fact]
    public void ValidationMessages_FollowTheCallsLanguage()
    {
        var invalid = new MerchantRequirements { ExistingContracts = [PaymentProvider.Danal, PaymentProvider.Danal] };

        var english = () => Engines.Ko.Recommend(invalid, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") });
        var korean = () => Engines.Ko.Recommend(invalid);

        english.Should().Throw<RequirementsValidationException>().Which.Message.Should().NotMatchRegex("[가-힣]");
        korean.Should().Throw<RequirementsValidationException>().Which.Message.Should().MatchRegex("[가-힣]");
    }

    [Fact]
    public void CachedAndUncachedAnswers_AreEqual_ForEveryLanguageAndEdition()
    {
        var uncached = RecommendationEngine.Create(o => o.CacheResults = false);
        var profiles = DecisionTable.AllProfiles().Where((_, i) => i % 997 == 0).ToArray();
        foreach (var edition in new EditionChoice[] { PackageEdition.May2025, PackageEdition.November2025, EditionChoice.Latest })
        {
            foreach (var name in new[] { "ko", "en" })
            {
                var context = new RecommendationContext { Culture = CultureInfo.GetCultureInfo(name), Edition = edition };
                foreach (var profile in profiles)
                {
                    Engines.Ko.Recommend(profile, context).Should().Be(uncached.Recommend(profile, context));
                }
            }
        }
    }

    [Fact]
    public void KoreanAndEnglishAnswers_AreEqualButForTexts()
    {
        foreach (var profile in DecisionTable.AllProfiles().Where((_, i) => i % 211 == 0))
        {
            var ko = Engines.Ko.Recommend(profile);
            var en = Engines.Ko.Recommend(profile, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") });

            Shape(en).Should().Be(Shape(ko));
        }

        static string Shape(RecommendationResult r) =>
            string.Join(";", r.Recommendations.Select(e => $"{e.Service}/{e.Path}/{e.PackageItem}/{string.Join(",", e.Providers)}/{e.RuleName}/{e.Steps.Count}"))
            + "|" + string.Join(",", r.Advisories.Select(a => $"{a.Code}/{a.Service}"))
            + "|" + string.Join(",", r.Benefits.Select(b => b.Code))
            + "|" + r.ContractPlan;
    }
}
