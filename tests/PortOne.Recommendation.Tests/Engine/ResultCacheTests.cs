using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.CustomRules;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class ResultCacheTests
{
    private static readonly MerchantRequirements[] Sample = DecisionTable.AllProfiles().Where((_, i) => i % 23 == 0).ToArray();

    [Fact]
    public void CacheOnAndOff_GiveEqualAnswers_FirstAndSecondCall()
    {
        var cached = RecommendationEngine.Create();
        var uncached = RecommendationEngine.Create(o => o.CacheResults = false);

        foreach (var requirements in Sample)
        {
            var expected = uncached.Recommend(requirements);
            cached.Recommend(requirements).Should().Be(expected, "the first call runs the rules for {0}", requirements);
            cached.Recommend(requirements with { }).Should().Be(expected, "the second call comes from the cache for {0}", requirements);
        }

        cached.Results.Should().NotBeNull();
        uncached.Results.Should().BeNull();
    }

    [Fact]
    public void SecondCall_ReturnsTheStoredInstance_EvenWithBrandsInAnotherOrder()
    {
        var engine = RecommendationEngine.Create();
        var first = engine.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.TossPay, EasyPayBrand.KakaoPay, EasyPayBrand.ApplePay] },
        });

        var second = engine.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.ApplePay, EasyPayBrand.TossPay, EasyPayBrand.KakaoPay] },
        });

        second.Should().BeSameAs(first);
        engine.Results!.Count.Should().Be(1);
    }

    [Fact]
    public void DifferentRequirements_NeverShareAnAnswer()
    {
        var engine = RecommendationEngine.Create();
        var card = engine.Recommend(new MerchantRequirements { CardPayment = true });
        var hub = engine.Recommend(new MerchantRequirements { CardPayment = true, EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub } });
        var direct = engine.Recommend(new MerchantRequirements { CardPayment = true, EasyPay = new EasyPayRequirement() });

        new[] { card, hub, direct }.Distinct().Should().HaveCount(3);
        engine.Results!.Count.Should().Be(3);
    }

    [Fact]
    public void CachedResult_ListsAreReadOnly_SoOneCallerCannotChangeAnother()
    {
        var engine = RecommendationEngine.Create();
        var result = engine.Recommend(new MerchantRequirements { CardPayment = true, OverseasCards = true, IdentityVerification = new() });

        // No list can be cast to something writable.
        object[] lists =
        [
            result.Recommendations, result.Advisories, result.Benefits, result.FiredRules, result.ContractPlan.Contracts,
            .. result.Recommendations.SelectMany(r => new object[] { r.Providers, r.Steps }),
            .. result.ContractPlan.Contracts.SelectMany(c => new object[] { c.Services, c.AddOns, c.Routes }),
        ];
        lists.Should().AllSatisfy(list =>
        {
            list.Should().NotBeAssignableTo<Array>();
            list.Should().NotBeAssignableTo<System.Collections.IList>();
        });
    }

    [Fact]
    public void ManyDistinctProfiles_CacheStaysWithinTwiceItsSize_AndStillAnswersCorrectly()
    {
        var engine = RecommendationEngine.Create(o => o.ResultCacheSize = 16);
        var profiles = DecisionTable.AllProfiles().Where((_, i) => i % 149 == 0).ToArray();

        foreach (var requirements in profiles.Concat(profiles))
        {
            engine.Recommend(requirements).Should().Be(Engines.Ko.Recommend(requirements));
            engine.Results!.Count.Should().BeLessThanOrEqualTo(32);
        }

        profiles.Length.Should().BeGreaterThan(400, "far more profiles than the cache holds");
    }

    [Fact]
    public void RecentlyAskedProfile_SurvivesWhileOthersComeAndGo()
    {
        var engine = RecommendationEngine.Create(o => o.ResultCacheSize = 8);
        var favourite = new MerchantRequirements { CardPayment = true, RecurringCard = new() };
        var first = engine.Recommend(favourite);

        foreach (var other in DecisionTable.AllProfiles().Skip(1).Take(200))
        {
            engine.Recommend(other);
            engine.Recommend(favourite).Should().BeSameAs(first);
        }
    }

    [Fact]
    public void ManyThreads_CacheOn_AgreeWithSequentialAnswers_AndStayBounded()
    {
        var engine = RecommendationEngine.Create(o => o.ResultCacheSize = 64);
        var profiles = Sample.Take(400).ToArray();
        var expected = profiles.Select(Engines.Ko.Recommend).ToArray();
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, profiles.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = (i * 7) % profiles.Length;
            if (!engine.Recommend(profiles[index]).Equals(expected[index]))
            {
                wrong.Add(profiles[index].ToString());
            }
        });

        wrong.Should().BeEmpty();
        engine.Results!.Count.Should().BeLessThanOrEqualTo((2 * 64) + 8, "two generations, and one extra entry per thread adding at a generation change");
    }

    [Fact]
    public void WorkingSetAsLargeAsTheSize_NeverMissesOnceWarm()
    {
        // The cache holds the last ResultCacheSize answers, so cycling through that many profiles hits every time.
        var engine = RecommendationEngine.Create(o => o.ResultCacheSize = 256);
        var profiles = DecisionTable.AllProfiles().Where((_, i) => i % 251 == 0).Take(256).ToArray();
        var first = profiles.Select(engine.Recommend).ToArray();

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < profiles.Length; i++)
            {
                engine.Recommend(profiles[i]).Should().BeSameAs(first[i]);
            }
        }
    }

    [Fact]
    public void InvalidRequirements_AreNeverCached_AndThrowEveryTime()
    {
        var engine = RecommendationEngine.Create();
        var invalid = new MerchantRequirements { EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.KakaoPay] } };

        engine.Invoking(e => e.Recommend(invalid)).Should().Throw<RequirementsValidationException>();
        engine.Invoking(e => e.Recommend(invalid)).Should().Throw<RequirementsValidationException>();
        engine.Results!.Count.Should().Be(0);
    }

    [Fact]
    public void CallerRules_CacheOffByDefault_SoImpureRulesRunEveryTime()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(CountsCallsRule)));
        var before = CountsCallsRule.Fired;

        engine.Recommend(new MerchantRequirements { CardPayment = true });
        engine.Recommend(new MerchantRequirements { CardPayment = true });

        engine.Results.Should().BeNull();
        (CountsCallsRule.Fired - before).Should().Be(2);
    }

    [Fact]
    public void CallerRules_CacheSwitchedOnExplicitly_RunOncePerProfile()
    {
        var engine = RecommendationEngine.Create(o =>
        {
            o.AddRules(typeof(CountsCallsRule));
            o.CacheResults = true;
        });
        var before = CountsCallsRule.Fired;

        engine.Recommend(new MerchantRequirements { CardPayment = true, BankTransfer = true });
        engine.Recommend(new MerchantRequirements { CardPayment = true, BankTransfer = true });

        (CountsCallsRule.Fired - before).Should().Be(1);
    }
}
