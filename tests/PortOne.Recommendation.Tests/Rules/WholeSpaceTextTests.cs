using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.Support;
using Xunit.Abstractions;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// Renders every answer of the whole requirement space in Korean and English, with the API versions, editions and
/// existing contracts varied across the walk, and checks the words: no unresolved Korean particle pair, no Hangul in
/// English, in Korean no Latin word other than PortOne's own names of PGs, products and terms, and the advisories about
/// real-time bank transfer and virtual account agreeing with each other (<see cref="CashMethodAdvisories"/>).
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class WholeSpaceTextTests(ITestOutputHelper output)
{
    /// <summary>Latin words a Korean merchant sees in PortOne's Korean pages: names of PGs and products, and terms.</summary>
    private static readonly HashSet<string> AllowedLatin = new(StringComparer.Ordinal)
    {
        "KG", "NHN", "KCP", "KPN", "KSNET", "KICC", "PAYCO", "PG", "MID", "API", "V1", "V2", "URL", "Salesforce", "Stibee",
        "SMS", "PASS", "PC", "AWS",
    };

    /// <summary>A particle form in parentheses, as in a pair written for either kind of word, in either order, or the
    /// optional 으 of 으로.</summary>
    private static readonly Regex UnresolvedParticle = new(@"\((?:은|는|이|가|을|를|과|와|으)\)", RegexOptions.Compiled);

    private static readonly Regex Url = new(@"https?://\S+?(?=\)|\s|$)", RegexOptions.Compiled);
    private static readonly Regex LatinWord = new(@"[A-Za-z][A-Za-z0-9]*", RegexOptions.Compiled);

    private static readonly string[] Languages = ["ko", "en"];

    private static readonly PaymentProvider[][] ExistingContracts =
    [
        [],
        [PaymentProvider.KgInicis],
        [PaymentProvider.Ksnet, PaymentProvider.KakaoPay],
        [PaymentProvider.Danal, PaymentProvider.NicePayments, PaymentProvider.Kpn],
        [PaymentProvider.Payco, PaymentProvider.WelcomePayments, PaymentProvider.Eximbay],
    ];

    /// <summary>Every problem a text has, none when it reads right.</summary>
    public static IEnumerable<string> Problems(string text, string language)
    {
        if (language == "en")
        {
            if (Hangul.In(text))
            {
                yield return $"Hangul in English: '{text}'";
            }

            yield break;
        }

        foreach (Match pair in UnresolvedParticle.Matches(text))
        {
            yield return $"unresolved particle {pair.Value}: '{text}'";
        }

        var withoutUrls = Url.Replace(text, " ");
        foreach (Match word in LatinWord.Matches(withoutUrls))
        {
            if (!AllowedLatin.Contains(word.Value))
            {
                yield return $"English word '{word.Value}' in Korean: '{text}'";
            }
        }
    }

    /// <summary>Both forms of a particle with the second in parentheses (or, with an empty second, the first alone).</summary>
    private static string Unresolved(string first, string second) =>
        second.Length == 0 ? "(" + first + ")" : first + "(" + second + ")";

    [Theory]
    [InlineData("a")]
    [InlineData("xyz")]
    public void Problems_CatchesEnglishInKorean(string word) =>
        Problems($"{word} 결제대행사", "ko").Should().ContainSingle();

    [Fact]
    public void Problems_CatchesUnresolvedParticlesAndHangulInEnglish()
    {
        // The bad texts are put together here, so that no unresolved pair stands in the sources.
        Problems("KG이니시스" + Unresolved("은", "는") + " 추천합니다.", "ko").Should().ContainSingle();
        Problems("간편결제(삼성페이)" + Unresolved("을", "를") + " 신청합니다.", "ko").Should().ContainSingle();
        Problems("KSNET" + Unresolved("으", "") + "로 신청합니다.", "ko").Should().ContainSingle();
        Problems("다날" + Unresolved("과", "와") + " 계약합니다.", "ko").Should().ContainSingle();
        Problems("Apply with 다날.", "en").Should().ContainSingle();
        Problems("KSNET은 포트원 V2에서 API 방식 빌링키를 지원합니다. (출처: https://help.portone.io/content/package)", "ko").Should().BeEmpty();
    }

    [Fact]
    public void EveryAnswer_InBothLanguages_ReadsRight()
    {
        var variants = (
            from version in new PortOneApiVersion?[] { null, PortOneApiVersion.V1, PortOneApiVersion.V2 }
            from edition in Enum.GetValues<PackageEdition>()
            from existing in ExistingContracts
            select (version, edition, existing)).ToArray();
        var failures = new ConcurrentDictionary<string, string>();
        var count = 0;
        var stopwatch = Stopwatch.StartNew();

        Parallel.ForEach(DecisionTable.AllProfiles().Select((profile, index) => (profile, index)), item =>
        {
            var (version, edition, existing) = variants[item.index % variants.Length];
            var requirements = item.profile with { ApiVersion = version, ExistingContracts = existing };
            foreach (var language in Languages)
            {
                Interlocked.Increment(ref count);
                var result = Engines.Uncached.Recommend(requirements, new RecommendationContext { CultureName = language, Edition = edition });
                foreach (var problem in CashMethodAdvisories.Problems(result))
                {
                    failures.TryAdd(problem.Substring(0, Math.Min(problem.Length, 60)), problem + $" ({edition}, {version}) for " + requirements);
                }

                foreach (var text in Texts(result))
                {
                    foreach (var problem in Problems(text, language))
                    {
                        // One example per problem keeps the report short.
                        failures.TryAdd(problem.Substring(0, Math.Min(problem.Length, 60)), problem + $" ({edition}, {version}) for " + requirements);
                    }
                }
            }
        });

        output.WriteLine($"{count} answers in {stopwatch.ElapsedMilliseconds} ms.");
        count.Should().Be(2 * DecisionTable.AllProfiles().Count());
        failures.Values.Take(30).Should().BeEmpty();
    }

    private static IEnumerable<string> Texts(RecommendationResult result) =>
        result.Recommendations.SelectMany(r => r.Steps.Append(r.Reason))
            .Concat(result.Advisories.Select(a => a.Message))
            .Concat(result.Benefits.Select(b => b.Message));
}
