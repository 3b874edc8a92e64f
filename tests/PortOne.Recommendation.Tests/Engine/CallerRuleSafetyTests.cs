using System;
using System.Linq;
using PortOne.Recommendation.Tests.CustomRules;
using PortOne.Recommendation.Tests.Rules;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

/// <summary>A caller's rules change the answer as a whole, and a misbehaving one is stopped and named.</summary>
public sealed class CallerRuleSafetyTests
{
    private static readonly MerchantRequirements SeedShop = new()
    {
        CardPayment = true,
        RecurringCard = new(BillingKeyIssuance.Api),
        EasyPay = new() { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
        IdentityVerification = new(),
    };

    [Fact]
    public void CallerRuleChangesCardEntryAfterThePlan_PlanFollows()
    {
        var before = Engines.Ko.Recommend(SeedShop);
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(CardsToNiceLateRule)));

        var result = engine.Recommend(SeedShop);

        before.ContractPlan.Contracts.Should().Contain(c => c.Provider == PaymentProvider.KgInicis && c.Services.Contains(PaymentService.CardPayment));
        result.Recommendations.Single(e => e.Service == PaymentService.CardPayment).Providers.Should().Equal(PaymentProvider.NicePayments);
        result.ContractPlan.Contracts.Single(c => c.Services.Contains(PaymentService.CardPayment)).Provider
            .Should().Be(PaymentProvider.NicePayments, "the plan summarises the final entries");
        result.ContractPlan.Contracts.Single(c => c.Services.Contains(PaymentService.RecurringCardPayment)).Provider
            .Should().Be(PaymentProvider.NicePayments, "one contract now covers cards and recurring cards");
        ExhaustiveTests.PlanContradictsEntries(result).Should().BeNull();
    }

    [Fact]
    public void CallerRuleAddsAnEntry_PlanMayUseIt_AndSeesTheContextFact()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(AddsTossForCardsRule)));

        var result = engine.Recommend(new MerchantRequirements { CardPayment = true, ExistingContracts = [PaymentProvider.TossPayments] });

        result.Recommendations.Should().Contain(e => e.RuleName == "Custom.AddsTossForCards");
        result.ContractPlan.Contracts.Should().ContainSingle().Which.Provider.Should().Be(PaymentProvider.TossPayments);
        ExhaustiveTests.PlanContradictsEntries(result).Should().BeNull();
    }

    [Fact]
    public void RuleThatKeepsFiring_StoppedAndNamed()
    {
        var engine = RecommendationEngine.Create(o =>
        {
            o.AddRules(typeof(KeepsInsertingRule));
            o.MaxRuleFiringsPerCall = 200;
        });

        var act = () => engine.Recommend(new MerchantRequirements { BankTransfer = true });

        var exception = act.Should().Throw<RecommendationRuleException>().Which;
        exception.RuleName.Should().Be("Custom.KeepsInserting");
        exception.Message.Should().Contain("kept firing").And.Contain("200");
        engine.Recommend(new MerchantRequirements { CardPayment = true }).Recommendations.Should().ContainSingle("a call without advisories is not affected");
    }

    [Fact]
    public void HaltByCallerRule_IsAnError_NotAShortAnswer()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(HaltsRule)));

        var act = () => engine.Recommend(new MerchantRequirements { CardPayment = true, IdentityVerification = new() });

        act.Should().Throw<RecommendationRuleException>().Which.RuleName.Should().Be("Custom.Halts");
    }

    [Fact]
    public void CallerConditionThrowsOnAnEntryInsertedByABuiltInRule_CallerRuleIsNamed()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(ConditionThrowsOnLibraryFactRule)));

        var act = () => engine.Recommend(new MerchantRequirements { CardPayment = true });

        var exception = act.Should().Throw<RecommendationRuleException>().Which;
        exception.RuleName.Should().Be("Custom.ConditionThrowsOnLibraryFact");
        exception.Message.Should().Contain("cannot read CardPayment");
    }

    [Fact]
    public void UndefinedEnumFromCallerRule_IsThatRulesError()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(UndefinedServiceRule)));

        var act = () => engine.Recommend(new MerchantRequirements { OverseasCards = true });

        var exception = act.Should().Throw<RecommendationRuleException>().Which;
        exception.RuleName.Should().Be("Custom.UndefinedService");
        exception.Message.Should().Contain("PaymentService").And.Contain("99");
    }

    [Fact]
    public void Options_HandOutReadOnlyCopies()
    {
        var options = new RecommendationOptions().AddRules(typeof(HaltsRule));

        options.RuleTypes.Should().NotBeAssignableTo<Type[]>();
        ((System.Collections.Generic.ICollection<Type>)options.RuleTypes).IsReadOnly.Should().BeTrue();
        options.RuleTypes.Should().NotBeSameAs(options.RuleTypes, "each read is a copy");
    }

    [Fact]
    public void ListChangedAfterTheRequirementsWereBuilt_ChangesNothing()
    {
        var brands = new[] { EasyPayBrand.KakaoPay };
        var requirements = new MerchantRequirements { EasyPay = new() { Brands = brands } };
        var engine = RecommendationEngine.Create(o => o.CacheResults = false);
        var before = engine.Recommend(requirements);

        brands[0] = (EasyPayBrand)77;

        engine.Recommend(requirements).Should().Be(before);
        requirements.EasyPay!.Brands.Should().Equal(EasyPayBrand.KakaoPay);
    }

    [Fact]
    public void MillionDuplicates_MessageIsCapped_CountIsExact()
    {
        var contracts = Enumerable.Repeat(PaymentProvider.Danal, 1_000_000).ToArray();

        var act = () => Engines.Ko.Recommend(new MerchantRequirements { ExistingContracts = contracts });

        var exception = act.Should().Throw<RequirementsValidationException>().Which;
        exception.ErrorCount.Should().Be(999_999);
        exception.Errors.Should().HaveCount(100);
        exception.Message.Length.Should().BeLessThan(3000);
        exception.Message.Should().Contain("999989").And.NotContain("Parameter");
    }

    [Fact]
    public void RuleThatCallsTheEngineFromItsAction_GetsAnotherSession_AndBothAnswersAreTheBuiltInOnes()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(AsksTheEngineRule)));
        AsksTheEngineRule.Engine = engine;
        AsksTheEngineRule.Answers.Clear();

        var outer = engine.Recommend(new MerchantRequirements { OverseasCards = true });

        AsksTheEngineRule.Answers.Should().ContainSingle().Which
            .Should().Be(Engines.Uncached.Recommend(new MerchantRequirements { CardPayment = true }));
        outer.Should().Be(Engines.Uncached.Recommend(new MerchantRequirements { OverseasCards = true }));
    }

    [Fact]
    public void SessionsThatHaltedOrThrew_AreDropped_LaterCallsGetTheBuiltInAnswers()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(HaltsRule), typeof(ThrowsInActionRule)));
        var profiles = new MerchantRequirements[]
        {
            new() { BankTransfer = true },
            new() { IdentityVerification = new(), EasyPay = new() },
            new() { RecurringCard = new(), VirtualAccount = true, ExistingContracts = [PaymentProvider.NicePayments] },
        };

        for (var round = 0; round < 3; round++)
        {
            engine.Invoking(e => e.Recommend(new MerchantRequirements { CardPayment = true, BankTransfer = true }))
                .Should().Throw<RecommendationRuleException>().Which.RuleName.Should().Be("Custom.Halts");
            engine.Invoking(e => e.Recommend(new MerchantRequirements { OverseasCards = true }))
                .Should().Throw<RecommendationRuleException>().Which.RuleName.Should().Be("Custom.ThrowsInAction");
            foreach (var profile in profiles)
            {
                engine.Recommend(profile).Should().Be(Engines.Uncached.Recommend(profile));
            }
        }
    }
}
