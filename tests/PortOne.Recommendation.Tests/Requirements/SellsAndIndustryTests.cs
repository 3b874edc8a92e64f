using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Requirements;

/// <summary>What the merchant sells and its industry: validated, in the cache key, and without effect on answers that
/// do not state them.</summary>
public sealed class SellsAndIndustryTests
{
    [Fact]
    public void NullSells_DuplicateKind_UndefinedKind_UndefinedIndustry_AreListedWithTheirPaths()
    {
        var act = () => Engines.En.Recommend(new MerchantRequirements
        {
            Sells = [MerchantOffering.PhysicalGoods, (MerchantOffering)99, MerchantOffering.PhysicalGoods],
            Industry = (MerchantIndustry)999,
        });

        var exception = act.Should().Throw<RequirementsValidationException>().Which;
        exception.Errors.Select(e => e.Path).Should().Equal("Sells[1]", "Sells[2]", "Industry");
        exception.Errors[1].Message.Should().Be("Physical goods is already listed at Sells[0]; name each kind once.");

        var nullList = () => Engines.Ko.Recommend(new MerchantRequirements { Sells = null! });
        nullList.Should().Throw<RequirementsValidationException>().Which.Errors.Single().Path.Should().Be("Sells");
    }

    [Fact]
    public void SellsAndIndustry_AreInTheKey_KindOrderIsNot()
    {
        var baseline = new MerchantRequirements { CardPayment = true };

        RequirementsSnapshot.Of(baseline with { Sells = [MerchantOffering.Services, MerchantOffering.PhysicalGoods] })
            .Should().Be(RequirementsSnapshot.Of(baseline with { Sells = [MerchantOffering.PhysicalGoods, MerchantOffering.Services] }))
            .And.NotBe(RequirementsSnapshot.Of(baseline with { Sells = [MerchantOffering.PhysicalGoods] }))
            .And.NotBe(RequirementsSnapshot.Of(baseline));
        RequirementsSnapshot.Of(baseline with { Industry = MerchantIndustry.Liquor })
            .Should().NotBe(RequirementsSnapshot.Of(baseline with { Industry = MerchantIndustry.Loans }))
            .And.NotBe(RequirementsSnapshot.Of(baseline));
    }

    [Fact]
    public void Sells_ChangesNoAnswer_OnlyTheOnboardingPlan()
    {
        foreach (var profile in DecisionTable.AllProfiles().Where((_, i) => i % 97 == 0))
        {
            var stated = Engines.Uncached.Recommend(profile with { Sells = [MerchantOffering.PhysicalGoods, MerchantOffering.ArbitraryAmounts] });

            stated.Should().Be(Engines.Uncached.Recommend(profile));
        }
    }

    [Fact]
    public void CachedAnswers_AreKeptApartByTheOnboardingOption()
    {
        var engine = RecommendationEngine.Create();
        var requirements = new MerchantRequirements { CardPayment = true };

        engine.Recommend(requirements, new RecommendationContext { IncludeOnboarding = true }).Onboarding.Should().NotBeNull();
        engine.Recommend(requirements).Onboarding.Should().BeNull();
        engine.Recommend(requirements, new RecommendationContext { IncludeOnboarding = true }).Onboarding.Should().NotBeNull();
    }
}
