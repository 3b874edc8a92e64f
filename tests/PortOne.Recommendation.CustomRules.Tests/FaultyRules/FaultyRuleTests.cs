using System;
using PortOne.Recommendation.CustomRules.Tests.Support;

namespace PortOne.Recommendation.CustomRules.Tests.FaultyRules;

/// <summary>
/// A rule of ours that throws, in its action or in its condition, is reported by name: the call throws
/// <see cref="RecommendationRuleException"/> with <see cref="RecommendationRuleException.RuleName"/> set, keeps the
/// original exception inside, and gives no partial answer. The engine keeps answering the calls the rule does not
/// touch.
/// </summary>
public sealed class FaultyRuleTests
{
    [Fact]
    public void RuleThatThrowsInItsAction_IsReportedByName()
    {
        var engine = Ask.EngineWith(typeof(ThrowsInActionRule));

        var thrown = engine.Invoking(e => e.In("en", Shops.CardsOnly)).Should().Throw<RecommendationRuleException>().Which;

        thrown.RuleName.Should().Be("Platform.Faulty.ThrowsInAction");
        thrown.Message.Should().Contain("Platform.Faulty.ThrowsInAction");
        Innermost(thrown).Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Be("no partner fee is configured for CardPayment");
    }

    [Fact]
    public void RuleThatThrowsInItsCondition_IsReportedByName_AndTheEngineStillAnswersOtherCalls()
    {
        var engine = Ask.EngineWith(typeof(ThrowsInConditionRule));

        var thrown = engine.Invoking(e => e.In("en", new MerchantRequirements { OverseasCards = true }))
            .Should().Throw<RecommendationRuleException>().Which;

        thrown.RuleName.Should().Be("Platform.Faulty.ThrowsInCondition");
        Innermost(thrown).Should().BeOfType<FormatException>();
        engine.In("en", Shops.CardsOnly).Should().Be(Ask.BuiltInOnly.In("en", Shops.CardsOnly) with { FiredRules = [] },
            "a call the faulty rule does not match gets the built-in answer (FiredRules is not part of equality)");
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
