using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.Support;
using Xunit.Abstractions;

namespace PortOne.Recommendation.Tests.Explanations;

/// <summary>
/// Explains every answer of the input space and checks it against the answer and the pinned catalog: every provider not
/// named has every blocking reason the catalog gives and no other, no named provider has a blocking reason, every
/// named but unplanned provider has one plan reason, and explaining changes nothing else in the answer.
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class WholeSpaceExplanationTests(ITestOutputHelper output)
{
    private static readonly RecommendationEngine Uncached = RecommendationEngine.Create(o => o.CacheResults = false);

    [Fact]
    public void EveryProfile_ExplanationHoldsItsInvariants()
    {
        var edition = Uncached.PackageEdition;
        var explain = new RecommendationContext { Explain = true };
        var failures = new ConcurrentQueue<string>();
        var count = 0;
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(DecisionTable.AllProfiles(), profile =>
        {
            Interlocked.Increment(ref count);
            var problem = ExplanationChecks.Check(profile, edition, Uncached.Recommend(profile, explain), Uncached.Recommend(profile));
            if (problem is not null && failures.Count < 20)
            {
                failures.Enqueue(problem + " for " + profile);
            }
        });

        output.WriteLine($"{count} profiles explained in {stopwatch.ElapsedMilliseconds} ms.");
        count.Should().Be(74_304);
        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData(PackageEdition.April2025Kpn, "ko")]
    [InlineData(PackageEdition.April2025TossPayments, "en")]
    [InlineData(PackageEdition.May2025, "en")]
    [InlineData(PackageEdition.October2025, "ko")]
    [InlineData(PackageEdition.November2025, "en")]
    [InlineData(PackageEdition.December2025, "ko")]
    [InlineData(PackageEdition.April2026, "en")]
    public void EveryEditionAndApiVersion_SampledProfiles_ExplanationHoldsItsInvariants(PackageEdition edition, string language)
    {
        var failures = new ConcurrentQueue<string>();
        var count = 0;
        PortOneApiVersion?[] versions = [null, PortOneApiVersion.V1, PortOneApiVersion.V2];
        var profiles = DecisionTable.AllProfiles().Where((_, i) => i % 71 == (int)edition).ToArray();
        Parallel.ForEach(profiles, profile =>
        {
            foreach (var version in versions)
            {
                Interlocked.Increment(ref count);
                var requirements = profile with { ApiVersion = version };
                var context = new RecommendationContext { Edition = edition, Culture = CultureInfo.GetCultureInfo(language) };
                var problem = ExplanationChecks.Check(requirements, edition, Uncached.Recommend(requirements, context with { Explain = true }), Uncached.Recommend(requirements, context));
                if (problem is not null && failures.Count < 20)
                {
                    failures.Enqueue(problem + " for " + requirements);
                }
            }
        });

        output.WriteLine($"{count} profiles explained for {edition}.");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void ExistingContracts_EveryProviderAlone_SampledProfiles_ExplanationHoldsItsInvariants()
    {
        var edition = Uncached.PackageEdition;
        var failures = new ConcurrentQueue<string>();
        var count = 0;
        var profiles = DecisionTable.AllProfiles().Where((_, i) => i % 211 == 0).ToArray();
        var providers = Enum.GetValues<PaymentProvider>();
        Parallel.ForEach(profiles, profile =>
        {
            foreach (var provider in providers)
            {
                Interlocked.Increment(ref count);
                var requirements = profile with
                {
                    ExistingContracts = [provider],
                    ApiVersion = (int)provider % 3 == 0 ? null : (int)provider % 3 == 1 ? PortOneApiVersion.V1 : PortOneApiVersion.V2,
                };
                var problem = ExplanationChecks.Check(requirements, edition, Uncached.Recommend(requirements, new RecommendationContext { Explain = true }), Uncached.Recommend(requirements));
                if (problem is not null && failures.Count < 20)
                {
                    failures.Enqueue(problem + " for " + requirements);
                }
            }
        });

        output.WriteLine($"{count} profiles with an existing contract explained.");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void CachedAndUncachedExplanations_AreEqual()
    {
        var cached = RecommendationEngine.Create();
        foreach (var profile in DecisionTable.AllProfiles().Where((_, i) => i % 53 == 0))
        {
            foreach (var language in new[] { "ko", "en" })
            {
                var context = new RecommendationContext { Explain = true, Culture = CultureInfo.GetCultureInfo(language) };
                var first = cached.Recommend(profile, context);
                var again = cached.Recommend(profile, context);
                again.Should().BeSameAs(first, "the second call comes from the cache");
                again.Explanation.Should().Be(Uncached.Recommend(profile, context).Explanation);
            }
        }
    }

    [Fact]
    public void KoreanAndEnglishExplanations_AgreeButForTexts()
    {
        foreach (var profile in DecisionTable.AllProfiles().Where((_, i) => i % 61 == 0))
        {
            var ko = Uncached.Recommend(profile, new RecommendationContext { Explain = true, Culture = CultureInfo.GetCultureInfo("ko") }).Explanation!;
            var en = Uncached.Recommend(profile, new RecommendationContext { Explain = true, Culture = CultureInfo.GetCultureInfo("en") }).Explanation!;
            Shape(en).Should().Be(Shape(ko));
        }

        static string Shape(RecommendationExplanation explanation) => string.Join(";", explanation.Services.SelectMany(s => s.Providers.Select(p =>
            $"{s.Service}/{p.Provider}/{p.Standing}/{string.Join(",", p.NamedBy)}/{string.Join(",", p.Reasons.Select(r => $"{r.Code}:{r.IsBlocking}:{string.Join(" ", r.Sources.Select(x => x.Key))}:{r.RuleName}"))}")));
    }
}
