using System;
using System.Linq;
using PortOne.Recommendation.Tests.CustomRules;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class CustomRulesTests
{
    [Theory]
    [InlineData("ko", "나이스페이먼츠로 신청합니다")]
    [InlineData("en", "sends cards to NICE Payments")]
    public void AddRules_TestAssembly_CallerRuleChangesTheOutcome(string language, string reason)
    {
        var engine = RecommendationEngine.Create(o =>
        {
            o.Culture = new System.Globalization.CultureInfo(language);
            o.AddRules(typeof(PreferNicePaymentsForCardsRule).Assembly);
        });

        var result = engine.Recommend(new MerchantRequirements { CardPayment = true, BankTransfer = true });

        var card = result.Recommendations.Should().Contain(r => r.Service == PaymentService.CardPayment).Subject;
        card.Providers.Should().Equal(PaymentProvider.NicePayments);
        card.Reason.Should().Contain(reason);
        card.RuleName.Should().Be("Custom.PreferNicePaymentsForCards");
        card.Steps.Should().HaveCount(2, "the first step still comes from the path");
        result.Recommendations.Single(r => r.Service == PaymentService.BankTransfer).Providers
            .Should().Equal([PaymentProvider.KgInicis, PaymentProvider.NicePayments], "the caller's rule only touches cards");
        result.FiredRules.Should().Contain("Custom.PreferNicePaymentsForCards");
    }

    [Fact]
    public void AddRules_CallerRuleWithdrawsAnEntry_DerivedBenefitsAndAdvisoryGoWithIt()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(WithdrawIdentityVerificationRule)));

        var result = engine.Recommend(new MerchantRequirements { IdentityVerification = new(), OverseasCards = true });

        result.Recommendations.Select(r => r.Service).Should().Equal(PaymentService.OverseasCardPayment);
        result.Benefits.Should().BeEmpty("no entry goes through the package any more");
        result.Advisories.Select(a => a.Code).Should().NotContain(AdvisoryCode.DanalPhoneVerificationDiffers);
        result.FiredRules.Should().Contain("Custom.WithdrawIdentityVerification");
    }

    [Fact]
    public void CallerRuleThrowsInAction_ExceptionNamesTheRule_NoResult()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(ThrowsInActionRule)));

        var act = () => engine.Recommend(new MerchantRequirements { CardPayment = true, OverseasCards = true });

        var exception = act.Should().Throw<RecommendationRuleException>().Which;
        exception.RuleName.Should().Be("Custom.ThrowsInAction");
        exception.Message.Should().Contain("Custom.ThrowsInAction").And.Contain("the partner catalog is unreachable");
        exception.InnerException.Should().NotBeNull();
    }

    [Fact]
    public void CallerRuleThrowsInCondition_ExceptionNamesTheRule()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(ThrowsInConditionRule)));

        var act = () => engine.Recommend(new MerchantRequirements { MobileMicropayment = new() });

        var exception = act.Should().Throw<RecommendationRuleException>().Which;
        exception.RuleName.Should().Be("Custom.ThrowsInCondition");
        exception.Message.Should().Contain("bad threshold");
    }

    [Fact]
    public void CallerRuleInsertsMalformedOutput_ExceptionNamesTheRule()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(AdvisoryWithoutTextRule)));

        var act = () => engine.Recommend(new MerchantRequirements { OverseasCards = true });

        act.Should().Throw<RecommendationRuleException>()
            .Which.Should().Match<RecommendationRuleException>(e =>
                e.RuleName == "Custom.AdvisoryWithoutText" && e.Message.Contains("without text"));
    }

    [Fact]
    public void CallerRuleThrows_EngineStillAnswersOtherRequests()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(ThrowsInActionRule)));
        var failing = () => engine.Recommend(new MerchantRequirements { OverseasCards = true });
        failing.Should().Throw<RecommendationRuleException>();

        var result = engine.Recommend(new MerchantRequirements { CardPayment = true });

        result.Recommendations.Should().ContainSingle().Which.Service.Should().Be(PaymentService.CardPayment);
    }

    [Fact]
    public void CallerRuleWithBuiltInName_Rejected()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(DuplicateNameRule)));

        var act = () => engine.Recommend(new MerchantRequirements());

        act.Should().Throw<RecommendationRuleException>()
            .Which.Message.Should().Contain("CardPayment.RecommendedPackage").And.Contain("unique");
    }

    [Fact]
    public void WarmUp_CallerRuleWithBuiltInName_RejectedAtStartUp_AndOnEveryCall()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(DuplicateNameRule)));

        engine.Invoking(e => e.WarmUp()).Should().Throw<RecommendationRuleException>()
            .Which.RuleName.Should().Be("CardPayment.RecommendedPackage");
        engine.Invoking(e => e.Recommend(new MerchantRequirements { CardPayment = true }))
            .Should().Throw<RecommendationRuleException>();
    }

    [Fact]
    public void WarmUp_Twice_CompilesOnceAndAnswers()
    {
        var engine = RecommendationEngine.Create();

        engine.WarmUp();
        engine.WarmUp();

        engine.Recommend(new MerchantRequirements { CardPayment = true }).Recommendations.Should().ContainSingle();
    }

    [Fact]
    public void AddRules_TypeThatIsNotARule_Rejected()
    {
        var act = () => new RecommendationOptions().AddRules(typeof(NotARule));

        act.Should().Throw<ArgumentException>().WithMessage("*NotARule*NRules.Fluent.Dsl.Rule*");
    }

    [Fact]
    public void AddRules_AssemblyWithoutRules_Rejected()
    {
        var act = () => new RecommendationOptions().AddRules(typeof(FluentAssertions.AssertionOptions).Assembly);

        act.Should().Throw<ArgumentException>().WithMessage("*FluentAssertions*no public*Rule*");
    }

    [Fact]
    public void AddRules_Null_Rejected()
    {
        var options = new RecommendationOptions();

        options.Invoking(o => o.AddRules((System.Reflection.Assembly)null!)).Should().Throw<ArgumentNullException>();
        options.Invoking(o => o.AddRules((Type[])null!)).Should().Throw<ArgumentNullException>();
        options.Invoking(o => o.AddRules([null!])).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AddRules_SameAssemblyTwice_NoDuplicates_AndTheLibraryItselfIsRefused()
    {
        var engine = RecommendationEngine.Create(o => o
            .AddRules(typeof(PreferNicePaymentsForCardsRule).Assembly)
            .AddRules(typeof(PreferNicePaymentsForCardsRule).Assembly));

        // Loading a rule twice would give two rules of one name, which the engine refuses; here it answers.
        var result = engine.Recommend(new MerchantRequirements { BankTransfer = true });

        result.FiredRules.Should().BeEquivalentTo(
            "GeneralPayment.IncludedMethod.RecommendedPackage",
            "Advisory.GeneralPaymentCoversTransferAndVirtualAccount",
            "Advisory.EscrowForCashPayments",
            "Benefits.RecommendedPackage");
        new RecommendationOptions().Invoking(o => o.AddRules(typeof(RecommendationEngine).Assembly))
            .Should().Throw<ArgumentException>().WithMessage("*always loaded*");
    }
}
