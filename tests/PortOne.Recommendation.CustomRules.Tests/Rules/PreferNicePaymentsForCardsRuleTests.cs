using System.Globalization;
using System.Linq;
using PortOne.Recommendation.CustomRules.Rules;
using PortOne.Recommendation.CustomRules.Tests.Support;

namespace PortOne.Recommendation.CustomRules.Tests.Rules;

/// <summary>
/// <see cref="PreferNicePaymentsForCardsRule"/> alone with the built-in rules: a package entry for one-time cards that
/// offers NICE Payments names NICE Payments alone, and the contract plan follows it.
/// </summary>
public sealed class PreferNicePaymentsForCardsRuleTests
{
    private const string RuleName = "Platform.PreferNicePaymentsForCards";

    private static readonly RecommendationEngine Engine = Ask.EngineWith(typeof(PreferNicePaymentsForCardsRule));

    [Fact]
    public void CardEntry_PackageOffersNicePayments_NamesNicePaymentsAlone_AndThePlanContractsIt()
    {
        Ask.BuiltInOnly.In("en", Shops.CardsOnly).ContractPlan.Contracts.Should().ContainSingle()
            .Which.Provider.Should().Be(PaymentProvider.KgInicis, "without our rule the plan takes the first package PG");

        var result = Engine.In("en", Shops.CardsOnly);

        var card = result.Recommendations.Should().ContainSingle().Subject;
        card.Service.Should().Be(PaymentService.CardPayment);
        card.Path.Should().Be(ApplicationPath.RecommendedPackage);
        card.PackageItem.Should().Be(PackageItem.CardGeneral);
        card.Providers.Should().Equal(PaymentProvider.NicePayments);
        card.RuleName.Should().Be(RuleName);
        card.Reason.Should().Be("Our platform has a master contract with NICE Payments, so one-time card payments are applied for with NICE Payments only.");
        result.FiredRules.Should().ContainSingle(rule => rule == RuleName);

        var contract = result.ContractPlan.Contracts.Should().ContainSingle().Subject;
        contract.Provider.Should().Be(PaymentProvider.NicePayments);
        contract.Services.Should().Equal(PaymentService.CardPayment);
    }

    [Fact]
    public void CardEntry_InKorean_HasTheTeamsKoreanReason()
    {
        var card = Engine.In("ko", Shops.CardsOnly).Recommendations.Should().ContainSingle().Subject;

        card.Reason.Should().Be("우리 플랫폼은 나이스페이먼츠와 대표 계약을 맺고 있어 신용카드 일반결제는 나이스페이먼츠로만 신청합니다.");
    }

    [Fact]
    public void RecurringCardEntry_IsNotOurs_ButThePlanTakesNicePaymentsForBoth()
    {
        var result = Engine.In("en", Shops.Subscription);

        var recurring = result.Recommendations.Should().ContainSingle(e => e.Service == PaymentService.RecurringCardPayment).Subject;
        recurring.Providers.Should().Equal(PaymentProvider.KgInicis, PaymentProvider.NicePayments);
        recurring.RuleName.Should().Be("RecurringCard.Api.RecommendedPackage");
        result.ContractPlan.Contracts.Should().ContainSingle(c => c.Services.Contains(PaymentService.CardPayment))
            .Which.Should().Match<PlannedContract>(c => c.Provider == PaymentProvider.NicePayments
                && c.Services.Contains(PaymentService.RecurringCardPayment), "one contract covering both beats two");
    }

    public static TheoryData<PackageEdition> Editions() =>
        [PackageEdition.May2025, PackageEdition.October2025, PackageEdition.November2025, PackageEdition.December2025, PackageEdition.April2026];

    [Theory]
    [MemberData(nameof(Editions))]
    public void CardEntry_InEveryEdition_IsOursExactlyWhenThePackageOffersNicePaymentsAmongOthers(PackageEdition edition)
    {
        var context = new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en"), Edition = edition };
        var before = Ask.BuiltInOnly.Recommend(Shops.CardsOnly, context).Recommendations.Single();

        var after = Engine.Recommend(Shops.CardsOnly, context).Recommendations.Single();

        if (before.Providers.Contains(PaymentProvider.NicePayments) && before.Providers.Count > 1)
        {
            after.Providers.Should().Equal(PaymentProvider.NicePayments);
            after.RuleName.Should().Be(RuleName);
        }
        else
        {
            after.Should().Be(before);
        }
    }
}
