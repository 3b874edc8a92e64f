using System.Linq;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.CustomRules;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

/// <summary>Reused sessions must answer exactly as new ones would, whatever they answered before.</summary>
public sealed class SessionPoolTests
{
    private static readonly MerchantRequirements[] Sample = DecisionTable.AllProfiles().Where((_, i) => i % 97 == 0).ToArray();

    [Fact]
    public void Answers_DoNotDependOnWhatTheSessionAnsweredBefore()
    {
        var forward = RecommendationEngine.Create(o => o.CacheResults = false);
        var backward = RecommendationEngine.Create(o => o.CacheResults = false);

        var forwardAnswers = Sample.Select(forward.Recommend).ToArray();
        var backwardAnswers = Sample.Reverse().Select(backward.Recommend).Reverse().ToArray();

        backwardAnswers.Should().Equal(forwardAnswers);
        forward.Sessions.IdleCount.Should().Be(1, "one thread needs one session, reused for every call");
    }

    [Fact]
    public void NothingRequested_AnsweredTwiceInARow_FiresBothTimes()
    {
        var engine = RecommendationEngine.Create(o => o.CacheResults = false);

        var first = engine.Recommend(new MerchantRequirements());
        var second = engine.Recommend(new MerchantRequirements());
        var third = engine.Recommend(new MerchantRequirements { CardPayment = true });
        var fourth = engine.Recommend(new MerchantRequirements());

        foreach (var empty in new[] { first, second, fourth })
        {
            empty.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.NothingRequested);
            empty.FiredRules.Should().Equal("Advisory.NothingRequested");
        }

        third.FiredRules.Should().NotContain("Advisory.NothingRequested");
    }

    [Fact]
    public void BuiltInRules_SessionsAreReused_ExceptAfterARuleThatMatchesAnEmptySession()
    {
        var policy = RecommendationEngine.Create().Sessions.Policy;

        policy.ReuseSessions.Should().BeTrue();
        policy.AllowsReuseAfter(["CardPayment.RecommendedPackage", "Benefits.RecommendedPackage", "Advisory.DanalPhoneVerificationDiffers"])
            .Should().BeTrue();
        policy.AllowsReuseAfter(["Advisory.NothingRequested"]).Should().BeFalse();
    }

    [Fact]
    public void SecondRuleThatMatchesAnEmptySession_SessionsAreNotReused_AnswersStillRight()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(NothingRecommendedRule)));

        engine.Sessions.Policy.ReuseSessions.Should().BeFalse();
        var empty = engine.Recommend(new MerchantRequirements());
        engine.Recommend(new MerchantRequirements { OverseasCards = true });
        engine.Recommend(new MerchantRequirements()).Should().Be(empty);
        empty.FiredRules.Should().BeEquivalentTo("Advisory.NothingRequested", "Custom.NothingRecommended");
        engine.Sessions.IdleCount.Should().Be(0);
    }

    [Fact]
    public void RuleWithUndo_SessionDroppedAfterItFires()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(UndoRule)));

        engine.Recommend(new MerchantRequirements { CardPayment = true });
        engine.Sessions.IdleCount.Should().Be(1);
        engine.Recommend(new MerchantRequirements { OverseasCards = true }).FiredRules.Should().Contain("Custom.UndoesOverseasNote");
        engine.Sessions.IdleCount.Should().Be(0, "its undo action would run in the next call");
        engine.Recommend(new MerchantRequirements { OverseasCards = true }).FiredRules.Should().Contain("Custom.UndoesOverseasNote");
    }

    [Theory]
    [InlineData(typeof(ThrowsInActionRule))]
    [InlineData(typeof(ThrowsInConditionRule))]
    public void CallerRuleThrows_SessionIsDropped_LaterAnswersAsFromANewEngine(System.Type throwingRule)
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(throwingRule));
        var failing = new MerchantRequirements { CardPayment = true, IdentityVerification = new(), OverseasCards = true, MobileMicropayment = new() };
        engine.Recommend(new MerchantRequirements { CardPayment = true });
        var idleBefore = engine.Sessions.IdleCount;

        engine.Invoking(e => e.Recommend(failing)).Should().Throw<RecommendationRuleException>();

        engine.Sessions.IdleCount.Should().Be(idleBefore - 1, "the session that saw the failure is not given back");
        var healthy = Sample.Where(r => !r.OverseasCards && r.MobileMicropayment is null).Take(200).ToList();
        healthy.Select(engine.Recommend).Should().Equal(healthy.Select(Engines.Ko.Recommend));
        engine.Sessions.IdleCount.Should().Be(1);
    }

    [Fact]
    public void ManyThreads_EachCallHasASessionOfItsOwn_PoolStaysSmall()
    {
        var engine = RecommendationEngine.Create(o => o.CacheResults = false);
        var expected = Sample.Select(Engines.Ko.Recommend).ToArray();
        var answers = new RecommendationResult[Sample.Length * 4];

        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            answers[i] = engine.Recommend(Sample[i % Sample.Length]));

        answers.Select((a, i) => a.Equals(expected[i % Sample.Length])).Should().AllBeEquivalentTo(true);
        engine.Sessions.IdleCount.Should().BeInRange(1, SessionPool.MaxIdle);
    }

    [Fact]
    public void RecommendFromInsideARule_GetsAnotherSession()
    {
        // A rule may call the engine (for example through a service it resolves); the session that runs it is busy,
        // so the nested call must get its own.
        var outer = RecommendationEngine.Create(o => o.AddRules(typeof(AsksTheEngineRule)));
        AsksTheEngineRule.Engine = outer;

        var result = outer.Recommend(new MerchantRequirements { OverseasCards = true });

        AsksTheEngineRule.Answers.Should().ContainSingle().Which.Should().Be(Engines.Ko.Recommend(new MerchantRequirements { CardPayment = true }));
        result.FiredRules.Should().Contain("Custom.AsksTheEngine");
    }
}
