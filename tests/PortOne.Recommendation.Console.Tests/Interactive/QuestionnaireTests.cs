using System.IO;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Interactive;
using PortOne.Recommendation.ConsoleSample.Tests.Support;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Tests.Interactive;

/// <summary>The questionnaire turns one answer per line into requirements, from a person or from a pipe.</summary>
public sealed class QuestionnaireTests
{
    [Fact]
    public void EmptyAnswers_AskForNothing()
    {
        var requirements = Ask("\n\n\n\n\n\n", answersTyped: false);

        requirements.Should().Be(new MerchantRequirements());
    }

    [Fact]
    public void EveryQuestion_AnsweredInOrder_GivesTheRequirementsAnswered()
    {
        // methods: card, transfer, easy pay, mobile; brands: KakaoPay, Payco; integration: direct (default);
        // mobile recurring: yes; recurring card: yes, payment window; identity: yes, age restriction; overseas: yes,
        // charged repeatedly: yes, business registered abroad: no; API version: V2; existing contracts: NHN KCP and KG Inicis.
        var requirements = Ask("1, 2 4 5\n1,4\n\ny\ny\n2\n네\n2\nyes\ny\nn\n3\n6,1\n", answersTyped: false);

        requirements.Should().Be(new MerchantRequirements
        {
            CardPayment = true,
            BankTransfer = true,
            EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.Payco] },
            MobileMicropayment = new MobileMicropaymentRequirement(Recurring: true),
            RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.PaymentWindow),
            IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.AgeRestriction),
            OverseasCards = true,
            RecurringOverseasCards = true,
            ApiVersion = PortOneApiVersion.V2,
            ExistingContracts = [PaymentProvider.KgInicis, PaymentProvider.NhnKcp],
        });
    }

    [Fact]
    public void WhatIsSoldAndTheIndustry_AreAskedLast_AndAnswersEndingBeforeThemLeaveThemUnstated()
    {
        // ... existing contracts: none; sells: physical goods and recurring goods; industry: choice 11 = the tenth, game items.
        var requirements = Ask("1\n\nn\nn\n\n\n4,1\n11\n", answersTyped: false);

        requirements.Should().Be(new MerchantRequirements
        {
            CardPayment = true,
            Sells = [MerchantOffering.PhysicalGoods, MerchantOffering.RecurringGoods],
            Industry = MerchantIndustry.GameItems,
        });
        Ask("1\n\nn\nn\n\n\n", answersTyped: false).Should().Be(new MerchantRequirements { CardPayment = true });
    }

    [Fact]
    public void FollowUpQuestions_AreAskedOnlyWhenTheyApply()
    {
        // methods: virtual account only; recurring card: no; identity: yes, default purpose; overseas: no;
        // API version: V1; existing contracts: none.
        var requirements = Ask("3\nn\ny\n\nn\n2\n\n", answersTyped: false);

        requirements.Should().Be(new MerchantRequirements
        {
            VirtualAccount = true,
            IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
            ApiVersion = PortOneApiVersion.V1,
        });
    }

    [Theory]
    [InlineData("9\n", "answer to \"Which payment methods do you need?")]
    [InlineData("1,1\n", "\"1,1\": enter numbers from 1 to 5, separated by commas, each at most once.")]
    [InlineData("\nmaybe\n", "\"maybe\": answer y or n.")]
    [InlineData("4\n\n3\n", "\"3\": answer with a number from 1 to 2.")]
    [InlineData("\n\n\n\nv2\n", "answer to \"Which PortOne API version do you integrate with?\" is not valid. \"v2\": answer with a number from 1 to 3.")]
    [InlineData("\n\n\n\n\n23\n", "\"23\": enter numbers from 1 to 22, separated by commas, each at most once.")]
    [InlineData("\n\n\n\n\n6,6\n", "\"6,6\": enter numbers from 1 to 22")]
    public void InvalidAnswer_OnAPipe_IsAnError(string answers, string expected)
    {
        var ask = () => Ask(answers, answersTyped: false);

        ask.Should().Throw<BadInputException>().WithMessage("*" + expected + "*");
    }

    [Fact]
    public void InvalidAnswer_Typed_IsAskedAgain()
    {
        var prompts = new StringWriter();

        var requirements = new Questionnaire(new StringReader("7\n1\nmaybe\nn\n\n\n\n\n"), prompts, Language.English, answersTyped: true).Ask();

        requirements.Should().Be(new MerchantRequirements { CardPayment = true });
        prompts.ToString().Should().Contain("\"7\": enter numbers from 1 to 5").And.Contain("\"maybe\": answer y or n.");
    }

    [Fact]
    public void AnswersEndingEarly_NameTheUnansweredQuestion()
    {
        var ask = () => Ask("1\n", answersTyped: false);

        ask.Should().Throw<BadInputException>()
            .WithMessage("the answers ended before the question \"Do you charge cards repeatedly, as for subscriptions (recurring card payment)?\".");
    }

    [Fact]
    public void AnswersEndingBeforeTheNewQuestions_NameTheApiVersionQuestion()
    {
        var ask = () => Ask("\n\n\n\n", answersTyped: false);

        ask.Should().Throw<BadInputException>()
            .WithMessage("the answers ended before the question \"Which PortOne API version do you integrate with?\".");
    }

    [Fact]
    public void Questions_ShowTheChoicesWithTheLibrarysDisplayNames_InTheChosenLanguage()
    {
        var prompts = new StringWriter();

        new Questionnaire(new StringReader("4\n\n2\nn\nn\nn\n\n\n"), prompts, Language.Korean, answersTyped: false).Ask();

        prompts.ToString().Should()
            .Contain("어떤 결제수단이 필요한가요?").And.Contain("  1) 신용카드 일반결제").And.Contain("  5) 휴대폰 소액결제")
            .And.Contain("  6) 애플페이").And.Contain("  2) PG 제휴(허브형)")
            .And.Contain("포트원 API는 어느 버전으로 연동하나요? [1]").And.Contain("  1) 정하지 않음 또는 상관없음(V1·V2 모두)")
            .And.Contain("  3) 포트원 V2").And.Contain("포트원을 통해 이미 계약한 결제대행사나 간편결제사가 있나요?")
            .And.Contain("  6) NHN KCP").And.Contain("  19) 엑심베이")
            .And.Contain("> 4\n", "answers from a pipe are echoed after their question");
    }

    [Fact]
    public void InteractiveMode_InProcess_WritesPromptsToStandardErrorAndTheReportToStandardOutput()
    {
        var run = InProcess.Run(["--interactive", "--lang", "en", "--format", "json"], "1\nn\nn\ny\n\n\n\n\n");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().Contain("Which payment methods do you need?").And.Contain("Do you accept cards issued abroad?")
            .And.Contain("Do you charge cards issued abroad repeatedly too").And.Contain("Is the business registered outside Korea?");
        run.Output.Should().StartWith("{").And.Contain("\"service\": \"overseasCardPayment\"").And.NotContain("Which payment");
    }

    private static MerchantRequirements Ask(string answers, bool answersTyped) =>
        new Questionnaire(new StringReader(answers), new StringWriter(), Language.English, answersTyped).Ask();
}
