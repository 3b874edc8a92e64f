using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.CustomRules;

namespace PortOne.Recommendation.Tests.Engine;

/// <summary>
/// Attacks on the reused sessions: a caller's rules that yield, retract the engine's facts, halt, keep firing, throw
/// on one call only or call the engine back; each answer must be the one a fresh engine gives, and every failure a
/// <see cref="RecommendationRuleException"/> naming the rule behind it.
/// </summary>
public sealed class AdversarialEngineTests
{
    private static readonly MerchantRequirements Shop = new()
    {
        CardPayment = true,
        RecurringCard = new(BillingKeyIssuance.Api),
        EasyPay = new() { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
        IdentityVerification = new(),
    };

    private static readonly MerchantRequirements[] Profiles =
    [
        Shop,
        new() { CardPayment = true },
        new() { BankTransfer = true },
        new() { CardPayment = true, ExistingContracts = [PaymentProvider.TossPayments] },
        new() { IdentityVerification = new() },
        new() { CardPayment = true, EasyPay = new() { Brands = [EasyPayBrand.KakaoPay] }, ApiVersion = PortOneApiVersion.V2 },
        new() { RecurringCard = new(BillingKeyIssuance.Api), ApiVersion = PortOneApiVersion.V1 },
    ];

    private static RecommendationEngine EngineWith(params Type[] rules) => RecommendationEngine.Create(o =>
    {
        o.CacheResults = false;
        o.AddRules(rules);
    });

    /// <summary>Each profile asked on one engine, over and over, answers as a fresh engine (first call) does.</summary>
    private static void RepeatedCallsAnswerAsFresh(params Type[] rules)
    {
        var reused = EngineWith(rules);
        for (var round = 0; round < 3; round++)
        {
            foreach (var profile in Profiles)
            {
                foreach (var explain in new[] { false, true })
                {
                    var context = new RecommendationContext { Explain = explain };
                    var fresh = EngineWith(rules).Recommend(profile, context);
                    reused.Recommend(profile, context).Should().Be(fresh, $"round {round}, explain {explain}");
                }
            }
        }
    }

    [Fact]
    public void Adversarial_YieldFromEntries_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvYieldsFromEntriesRule), typeof(AdvDropsSecondCardRule));

    [Fact]
    public void Adversarial_YieldFromObject_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvYieldsFromAnythingRule));

    [Fact]
    public void Adversarial_OwnFactTypeWithNot_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvInsertsOwnFactRule), typeof(AdvDropsSecondCardRule));

    [Fact]
    public void Adversarial_ExplanationRequestWatcher_AlternatingExplainedAndPlain_AnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvExplanationWatcherRule), typeof(WatchesPlanRule), typeof(WatchesAdvisoriesRule));

    [Fact]
    public void Adversarial_RetractsPlanOnly_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvRetractsPlanRule));

    [Fact]
    public void Adversarial_RetractsContext_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvRetractsContextRule), typeof(CardsToNiceLateRule));

    [Fact]
    public void Adversarial_RetractsPlanAndChangesEntry_AnswersOrNamesTheRule()
    {
        var engine = EngineWith(typeof(AdvRetractsPlanAndChangesCardRule));

        var act = () => engine.Recommend(Shop);

        try
        {
            var result = act();
            result.Recommendations.Single(e => e.Service == PaymentService.CardPayment).Providers.Should().Equal(PaymentProvider.NicePayments);
            engine.Recommend(Shop).Should().Be(result, "a second call answers as the first");
        }
        catch (Exception ex) when (ex is not RecommendationRuleException)
        {
            throw new Xunit.Sdk.XunitException($"Expected an answer or a RecommendationRuleException naming the rule, got {ex.GetType().FullName}: {ex.Message}");
        }
        catch (RecommendationRuleException ex)
        {
            ex.RuleName.Should().Be("Adv.RetractsPlanAndChangesCard");
        }
    }

    [Fact]
    public void Adversarial_RuleMatchingObjectRetractsStageEndFact_SecondCallAnswersOrNamesTheRule()
    {
        var engine = EngineWith(typeof(AdvRetractsEngineFactsRule));
        var fresh = EngineWith(typeof(AdvRetractsEngineFactsRule)).Recommend(Shop);

        var first = engine.Recommend(Shop);
        Func<RecommendationResult> second = () => engine.Recommend(Shop);

        first.Should().Be(fresh);
        second.Should().NotThrow().Which.Should().Be(fresh, "the session served the first call and must serve the second like a fresh one");
    }

    [Fact]
    public void Adversarial_HaltAtLowestPriority_IsAnErrorNotAnAnswer()
    {
        var engine = EngineWith(typeof(AdvHaltsLastRule));

        var act = () => engine.Recommend(Shop);

        act.Should().Throw<RecommendationRuleException>("ctx.Halt() in a rule is an error, not a short answer (custom-rules.md)")
            .Which.RuleName.Should().Be("Adv.HaltsLast");
    }

    [Fact]
    public void Adversarial_HaltAtLowestPriority_LaterCallsAnswerAsBuiltIn()
    {
        var engine = EngineWith(typeof(AdvHaltsLastRule));

        for (var i = 0; i < 3; i++)
        {
            try
            {
                engine.Recommend(Shop);
            }
            catch (RecommendationRuleException)
            {
            }
        }

        var plain = EngineWith(typeof(WatchesEntriesRule)).Recommend(new MerchantRequirements { BankTransfer = true });
        var act = () => engine.Recommend(new MerchantRequirements { BankTransfer = true });
        act.Should().Throw<RecommendationRuleException>("the rule halts in every call");
        plain.Recommendations.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Adversarial_PlanStageToggleNeverSettles_StoppedAndTheTogglingRuleNamed()
    {
        var engine = RecommendationEngine.Create(o =>
        {
            o.CacheResults = false;
            o.AddRules(typeof(AdvTogglesCardOnPlanRule));
            o.MaxRuleFiringsPerCall = 300;
        });

        var act = () => engine.Recommend(Shop);

        var exception = await Task.Run(() => act.Should().Throw<RecommendationRuleException>().Which).WaitAsync(TimeSpan.FromSeconds(30));
        exception.RuleName.Should().Be("Adv.TogglesCardOnPlan", "the caller's rule is the one that kept the plan from settling");
    }

    [Fact]
    public void Adversarial_RuleThrowsOnlyOnSecondCall_NamedThenLaterCallsAnswerAsFirst()
    {
        AdvThrowsOnSecondCallRule.ResetCount();
        var engine = EngineWith(typeof(AdvThrowsOnSecondCallRule));

        var first = engine.Recommend(Shop);
        var second = () => engine.Recommend(Shop);
        second.Should().Throw<RecommendationRuleException>().Which.RuleName.Should().Be("Adv.ThrowsOnSecondCall");
        var third = engine.Recommend(Shop);
        var fourth = engine.Recommend(new MerchantRequirements { CardPayment = true });

        third.Should().Be(first);
        fourth.Should().Be(EngineWith(typeof(WatchesContextRule)).Recommend(new MerchantRequirements { CardPayment = true }), "a watcher changes nothing");
    }

    [Fact]
    public void Adversarial_ReentrantExplainedCallFromPlanStage_BothAnswersAsFresh()
    {
        var engine = EngineWith(typeof(AdvCallsEngineFromPlanRule));
        AdvReentry.Engine = engine;
        AdvReentry.Inner = null;
        AdvReentry.Entered = 0;
        try
        {
            var outer = engine.Recommend(Shop);
            var inner = AdvReentry.Inner;

            var fresh = EngineWith(typeof(WatchesPlanRule));
            inner.Should().NotBeNull();
            inner.Should().Be(fresh.Recommend(new MerchantRequirements { CardPayment = true }, new RecommendationContext { Explain = true }));
            outer.Should().Be(fresh.Recommend(Shop));
            engine.Recommend(Shop).Should().Be(outer);
        }
        finally
        {
            AdvReentry.Engine = null;
            AdvReentry.Inner = null;
        }
    }

    [Fact]
    public void Adversarial_ManyThreadsWithCallerRules_EachAnswerAsSingleThreaded()
    {
        Type[] rules = [typeof(CardsToNiceLateRule), typeof(AdvYieldsFromEntriesRule), typeof(AdvInsertsOwnFactRule), typeof(AdvExplanationWatcherRule)];
        var single = EngineWith(rules);
        var expected = new Dictionary<(int, bool), RecommendationResult>();
        for (var i = 0; i < Profiles.Length; i++)
        {
            expected[(i, false)] = single.Recommend(Profiles[i]);
            expected[(i, true)] = single.Recommend(Profiles[i], new RecommendationContext { Explain = true });
        }

        var shared = EngineWith(rules);
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 16 }, n =>
        {
            var i = n % Profiles.Length;
            var explain = n % 3 == 0;
            var result = shared.Recommend(Profiles[i], new RecommendationContext { Explain = explain });
            if (!result.Equals(expected[(i, explain)]))
            {
                wrong.Add($"call {n}: profile {i}, explain {explain}");
            }
        });

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Adversarial_LowFiringLimit_BlamesACallerRuleNotABuiltInOne()
    {
        var engine = RecommendationEngine.Create(o =>
        {
            o.CacheResults = false;
            o.AddRules(typeof(KeepsInsertingRule));
            o.MaxRuleFiringsPerCall = 50;
        });

        var act = () => engine.Recommend(Shop);

        act.Should().Throw<RecommendationRuleException>().Which.RuleName.Should().Be("Custom.KeepsInserting");
    }

    [Fact]
    public void Adversarial_YieldsEntryFromNeed_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvYieldsEntryFromNeedRule));

    [Fact]
    public void Adversarial_AggregateConditionThrowsOnNoEntries_AnswersOrNamesTheRule()
    {
        // The aggregate is evaluated when a session is made, over no entries, so the first call fails: naming the rule.
        var engine = EngineWith(typeof(AdvFirstEntryAggregateRule));

        var act = () => engine.Recommend(Shop);

        act.Should().Throw<RecommendationRuleException>().Which.RuleName.Should().Be("Adv.FirstEntryAggregate");
    }

    [Fact]
    public void Adversarial_HaltAtLowestPriorityInPlanStage_IsAnErrorNotAnAnswer()
    {
        var engine = EngineWith(typeof(AdvHaltsLastInPlanRule));

        var act = () => engine.Recommend(Shop);

        act.Should().Throw<RecommendationRuleException>("ctx.Halt() in a rule is an error, not a short answer (custom-rules.md)")
            .Which.RuleName.Should().Be("Adv.HaltsLastInPlan");
    }

    [Fact]
    public void Adversarial_FiringLimitBelowTheBuiltInRules_BlamesNoInnocentRule()
    {
        var engine = RecommendationEngine.Create(o =>
        {
            o.CacheResults = false;
            o.AddRules(typeof(WatchesEntriesRule));
            o.MaxRuleFiringsPerCall = 10;
        });

        var act = () => engine.Recommend(Shop);

        // The bound is reached by the rules' ordinary work: no rule is blamed for "kept firing", the bound is.
        act.Should().Throw<RecommendationRuleException>()
            .Which.Message.Should().NotContain("kept firing").And.Contain("lower than this call's rules need");
    }

    [Fact]
    public void Adversarial_AggregateConditionWithContextThrowsOnNoEntries_AnswersOrNamesTheRule()
    {
        Exception? thrown = null;
        var engine = EngineWith(typeof(AdvFirstEntryAggregateInContextRule));
        try
        {
            engine.Recommend(Shop);
            engine.Recommend(new MerchantRequirements { CardPayment = true });
        }
        catch (Exception ex)
        {
            thrown = ex;
        }

        if (thrown is not null)
        {
            thrown.Should().BeOfType<RecommendationRuleException>($"got {thrown}")
                .Which.RuleName.Should().Be("Adv.FirstEntryAggregateInContext");
        }
        else
        {
            engine.Recommend(Shop).Should().Be(EngineWith(typeof(AdvFirstEntryAggregateInContextRule)).Recommend(Shop));
        }
    }

    [Fact]
    public void Adversarial_RuleMatchingObjectRetractsCallFact_SecondCallAnswersOrNamesTheRule()
    {
        var engine = EngineWith(typeof(AdvRetractsCallFactRule));

        Exception? thrown = null;
        try
        {
            engine.Recommend(Shop);
            engine.Recommend(Shop);
        }
        catch (Exception ex)
        {
            thrown = ex;
        }

        if (thrown is not null)
        {
            thrown.Should().BeOfType<RecommendationRuleException>($"got {thrown.GetType().FullName}: {thrown.Message}")
                .Which.RuleName.Should().Be("Adv.RetractsCallFact");
        }
    }

    [Fact]
    public void Adversarial_HaltAtLowestPriorityInDecisions_IsAnErrorNotAnAnswer()
    {
        var engine = EngineWith(typeof(AdvHaltsOnCallFactRule));

        var act = () => engine.Recommend(Shop);

        act.Should().Throw<RecommendationRuleException>("ctx.Halt() in a rule is an error, not a short answer (custom-rules.md)")
            .Which.RuleName.Should().Be("Adv.HaltsOnCallFact");
    }

    [Fact]
    public void Adversarial_NotOnlyRuleAfterEntriesWithdrawn_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvRetractsCardsRule), typeof(AdvNotOnlyRule));

    [Fact]
    public void Adversarial_OwnFactInsertedInPlanStage_RepeatedCallsAnswerAsFresh() =>
        RepeatedCallsAnswerAsFresh(typeof(AdvMarksThePlanRule), typeof(AdvDropsSecondCardRule), typeof(CardsToNiceLateRule));

    [Fact]
    public void Adversarial_YieldsTheSameEntryFromThePlan_PlanSettlesAndIncludesIt()
    {
        var engine = EngineWith(typeof(AdvYieldsEntryFromPlanRule));

        var result = engine.Recommend(new MerchantRequirements { CardPayment = true });

        result.Recommendations.Should().Contain(e => e.RuleName == "Adv.YieldsEntryFromPlan" && e.Service == PaymentService.BankTransfer);
        engine.Recommend(new MerchantRequirements { CardPayment = true }).Should().Be(result);
    }
}
