using PortOne.Recommendation.CustomRules.Rules;
using PortOne.Recommendation.CustomRules.Tests.Support;

namespace PortOne.Recommendation.CustomRules.Tests.Rules;

/// <summary>
/// <see cref="PartnerDeskAdvisoryRule"/>: its advisory follows the contract plan. It needs a plan that signs a new NICE
/// Payments contract, which the built-in rules alone do not give for these shops, so most tests load it together with
/// <see cref="PreferNicePaymentsForCardsRule"/>.
/// </summary>
public sealed class PartnerDeskAdvisoryRuleTests
{
    private const string RuleName = "Platform.Advisory.NicePaymentsThroughPartnerDesk";

    private static readonly RecommendationEngine Engine = Ask.EngineWith(typeof(PartnerDeskAdvisoryRule), typeof(PreferNicePaymentsForCardsRule));

    [Theory]
    [InlineData("en", "NICE Payments comes as a sub-MID added to our platform's master contract: ask our partner desk for it.")]
    [InlineData("ko", "나이스페이먼츠는 우리 플랫폼의 대표 계약에 하위 상점아이디(MID)를 추가하는 방식으로 신청합니다. 플랫폼 제휴 담당자에게 요청하세요.")]
    public void PlanWithANewNicePaymentsContract_GetsTheTeamsAdvisory_InTheCallsLanguage(string language, string message)
    {
        var result = Engine.In(language, Shops.CardsOnly);

        result.ContractPlan.Contracts.Should().Contain(c => c.Provider == PaymentProvider.NicePayments && !c.IsExisting);
        result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.Custom)
            .Which.Should().Be(new Advisory(AdvisoryCode.Custom, null, message));
        result.FiredRules.Should().ContainSingle(rule => rule == RuleName);
    }

    [Fact]
    public void PlanWithoutNicePayments_GetsNoAdvisory()
    {
        var result = Ask.EngineWith(typeof(PartnerDeskAdvisoryRule)).In("en", Shops.CardsOnly);

        result.ContractPlan.Contracts.Should().NotContain(c => c.Provider == PaymentProvider.NicePayments);
        result.Advisories.Should().NotContain(a => a.Code == AdvisoryCode.Custom);
        result.FiredRules.Should().NotContain(RuleName);
    }

    [Fact]
    public void PlanUsingAnExistingNicePaymentsContract_GetsTheBuiltInAdvisory_NotOurs()
    {
        var result = Engine.In("en", Shops.CardsOnly with { ExistingContracts = [PaymentProvider.NicePayments] });

        result.ContractPlan.Contracts.Should().ContainSingle().Which.IsExisting.Should().BeTrue();
        result.FiredRules.Should().NotContain(RuleName);
        result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.ExistingContractExtended)
            .Which.Message.Should().NotContain("partner desk");
        result.Advisories.Should().NotContain(a => a.Code == AdvisoryCode.Custom);
    }
}
