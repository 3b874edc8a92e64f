using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class ResultEqualityTests
{
    [Fact]
    public void SameRequirements_EqualResults_ByValue()
    {
        var requirements = new MerchantRequirements { CardPayment = true, EasyPay = new() { Brands = [EasyPayBrand.TossPay] } };
        var engine = RecommendationEngine.Create(o => o.CacheResults = false); // two rule runs, two instances

        var first = engine.Recommend(requirements);
        var second = engine.Recommend(requirements with { });

        first.Should().NotBeSameAs(second);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Recommendations[0].Should().Be(second.Recommendations[0]);
    }

    [Fact]
    public void DifferentLanguages_DifferentResults()
    {
        var requirements = new MerchantRequirements { CardPayment = true };

        Engines.Ko.Recommend(requirements).Should().NotBe(Engines.En.Recommend(requirements));
    }

    [Fact]
    public void Requirements_EqualByValue_IncludingBrandLists()
    {
        var left = new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.Payco, EasyPayBrand.KakaoPay] } };
        var right = new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.Payco, EasyPayBrand.KakaoPay] } };

        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().NotBe(right with { EasyPay = new() { Brands = [EasyPayBrand.KakaoPay] } });
    }

    [Fact]
    public void EasyPayRequirement_ToString_ListsTheBrands()
    {
        var requirement = new EasyPayRequirement { Brands = [EasyPayBrand.TossPay, EasyPayBrand.KakaoPay], Integration = EasyPayIntegration.Hub };

        requirement.ToString().Should().Be("EasyPayRequirement { Brands = [TossPay, KakaoPay], Integration = Hub }");
    }
}
