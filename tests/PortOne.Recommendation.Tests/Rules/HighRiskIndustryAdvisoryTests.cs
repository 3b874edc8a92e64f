using System;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>The advisory for an industry PortOne's help page lists as high risk (rule <c>Advisory.HighRiskIndustry</c>).</summary>
public sealed class HighRiskIndustryAdvisoryTests
{
    private const string Source = "(출처: https://help.portone.io/content/high-risk-industry)";

    private static readonly MerchantRequirements Cards = new() { CardPayment = true };

    [Fact]
    public void NoIndustry_NoAdvisory()
    {
        Engines.Ko.Recommend(Cards).Advisories.Should().NotContain(a => a.Code == AdvisoryCode.HighRiskIndustry);
    }

    [Fact]
    public void ReviewedIndustry_PlannedProviderOnTheList_NamesTheReviewers()
    {
        // May 2025: cards from KG이니시스, which the page lists for medical supplies.
        var advisory = Engines.Ko.Recommend(Cards with { Industry = MerchantIndustry.MedicalSupplies }).Advisories
            .Should().ContainSingle(a => a.Code == AdvisoryCode.HighRiskIndustry).Subject;

        advisory.Service.Should().BeNull();
        advisory.Message.Should().Be(
            "포트원 도움말은 ‘의료용품/의약품’ 업종을 결제대행사 가입 시 위험 업종으로 안내하며, 심사 후 입점 여부를 확인할 수 있는 곳으로 "
            + "KG이니시스, 나이스정보통신(구 나이스페이먼츠), 다날, 토스페이먼츠, 한국결제네트웍스(KPN), 갤럭시아머니트리, 키움페이를 꼽습니다. "
            + "결제대행사마다 조건이 붙을 수 있으니 신청 전에 포트원 1:1 채팅이나 cs@portone.io로 입점 가능 여부를 문의해 주세요. " + Source);
    }

    [Fact]
    public void ReviewedIndustry_PlannedProviderNotOnTheList_SaysThePageDoesNotListIt()
    {
        var advisory = Engines.Ko.Recommend(Cards with { Industry = MerchantIndustry.GameItems }).Advisories
            .Single(a => a.Code == AdvisoryCode.HighRiskIndustry);

        advisory.Message.Should().Contain("이 목록에 계약 계획의 KG이니시스는 나와 있지 않습니다.").And.EndWith(Source);
    }

    [Fact]
    public void IndustryWithoutReviewers_And_IndustryNotAccepted_SaySo()
    {
        Engines.Ko.Recommend(Cards with { Industry = MerchantIndustry.ECigarettes }).Advisories
            .Single(a => a.Code == AdvisoryCode.HighRiskIndustry).Message
            .Should().StartWith("포트원 도움말은 ‘전자담배’ 업종을 결제대행사 가입 시 위험 업종으로 안내하지만, 이 업종을 심사하는 결제대행사는 나와 있지 않습니다.");
        Engines.En.Recommend(Cards with { Industry = MerchantIndustry.Gambling }).Advisories
            .Single(a => a.Code == AdvisoryCode.HighRiskIndustry).Message
            .Should().StartWith("PortOne's help centre lists ‘Gambling, lotteries, betting and games of chance’ among its ‘입점불가 업종’ (industries PGs do not accept).");
    }

    [Fact]
    public void EveryIndustry_GivesOneSourcedAdvisory_InBothLanguages_AndChangesNothingElse()
    {
        var plain = Engines.Ko.Recommend(Cards);
        foreach (var industry in Enum.GetValues<MerchantIndustry>())
        {
            foreach (var engine in new[] { Engines.Ko, Engines.En })
            {
                var result = engine.Recommend(Cards with { Industry = industry });
                var advisory = result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.HighRiskIndustry).Subject;
                advisory.Message.Should().Contain("https://help.portone.io/content/high-risk-industry").And.NotContain("{");
                MerchantTextChecks.Problems(advisory.Message, MerchantTextKind.Reason, engine == Engines.Ko ? "ko" : "en").Should().BeEmpty();
                result.ContractPlan.Should().Be(plain.ContractPlan);
                result.Recommendations.Select(r => (r.Service, r.Path, r.Providers.Count)).Should().Equal(plain.Recommendations.Select(r => (r.Service, r.Path, r.Providers.Count)));
            }
        }
    }

    [Fact]
    public void NothingRequested_NoPlan_NoIndustryAdvisory()
    {
        Engines.Ko.Recommend(new MerchantRequirements { Industry = MerchantIndustry.Loans }).Advisories
            .Should().NotContain(a => a.Code == AdvisoryCode.HighRiskIndustry);
    }
}
