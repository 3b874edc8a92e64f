using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using PortOne.Recommendation.Tests.Support;
using Xunit.Abstractions;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// Renders every answer of the whole requirement space in Korean and English, explained, with the API versions,
/// editions and existing contracts varied across the walk, and checks the words: no unresolved Korean particle pair, no
/// Hangul in English but the Korean console labels beside their translations, in Korean no Latin word other than
/// PortOne's own names of PGs, products and terms; and the Korean rules of <see cref="MerchantTextChecks"/> (no words
/// about the software, no nested parentheses, no absence stated as a fact, console labels quoted, 간편결제사 and
/// 결제대행사 each for its kind) over every distinct step, reason, advisory, benefit and explanation reason, and over the
/// sentences of a sample of comparisons; and the advisories about real-time bank transfer and virtual account agreeing
/// with each other (<see cref="CashMethodAdvisories"/>).
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

    /// <summary>A Korean console label in PortOne's quotes followed by its English translation in parentheses, the one
    /// place Hangul stands in English.</summary>
    private static readonly Regex TranslatedLabel = new(@"‘[^’]*’ (?=\()", RegexOptions.Compiled);
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
            if (Hangul.In(TranslatedLabel.Replace(text, string.Empty)))
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
        Problems("Apply under ‘전자결제 직접 선택하기’.", "en").Should().ContainSingle();
        Problems("Apply under ‘전자결제 직접 선택하기’ (Select e-payment directly).", "en").Should().BeEmpty();
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

        // Each distinct text once, with the first answer that gave it: the checks run on a few thousand texts, not on
        // every answer's copy of them.
        var texts = new ConcurrentDictionary<(string Text, MerchantTextKind Kind, string Language), string>();
        var count = 0;
        var stopwatch = Stopwatch.StartNew();

        Parallel.ForEach(DecisionTable.AllProfiles().Select((profile, index) => (profile, index)), item =>
        {
            var (version, edition, existing) = variants[item.index % variants.Length];
            var requirements = item.profile with { ApiVersion = version, ExistingContracts = existing };
            foreach (var language in Languages)
            {
                Interlocked.Increment(ref count);
                var result = Engines.Uncached.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo(language), Edition = edition, Explain = true });
                foreach (var problem in CashMethodAdvisories.Problems(result))
                {
                    failures.TryAdd(problem.Substring(0, Math.Min(problem.Length, 60)), problem + $" ({edition}, {version}) for " + requirements);
                }

                foreach (var (text, kind) in Texts(result))
                {
                    texts.TryAdd((text, kind, language), $" ({edition}, {version}) for " + requirements);
                }

                if (item.index % 97 == 0)
                {
                    var after = edition == PackageEdition.April2026 ? PackageEdition.May2025 : PackageEdition.April2026;
                    var comparison = Engines.Uncached.CompareEditions(requirements, edition, after, new RecommendationContext { Culture = CultureInfo.GetCultureInfo(language) });
                    foreach (var change in comparison.Changes)
                    {
                        texts.TryAdd((change.Text, MerchantTextKind.Sentence, language), $" ({edition} → {after}) for " + requirements);
                    }
                }
            }
        });

        foreach (var ((text, kind, language), where) in texts)
        {
            foreach (var problem in Problems(text, language).Concat(MerchantTextChecks.Problems(text, kind, language)))
            {
                // One example per problem keeps the report short.
                failures.TryAdd(problem.Substring(0, Math.Min(problem.Length, 60)), problem + where);
            }
        }

        output.WriteLine($"{count} answers, {texts.Count} distinct texts in {stopwatch.ElapsedMilliseconds} ms.");
        foreach (var failure in failures.Values.Take(40))
        {
            output.WriteLine(failure);
        }

        count.Should().Be(2 * DecisionTable.AllProfiles().Count());
        texts.Keys.Should().Contain(t => t.Kind == MerchantTextKind.Sentence, "the sample of comparisons gives sentences");
        failures.Values.Take(40).Should().BeEmpty();
    }

    private static IEnumerable<(string Text, MerchantTextKind Kind)> Texts(RecommendationResult result) =>
        result.Recommendations.SelectMany(r => r.Steps.Select(s => (s, MerchantTextKind.Step)).Append((r.Reason, MerchantTextKind.Reason)))
            .Concat(result.Advisories.Select(a => (a.Message, MerchantTextKind.Reason)))
            .Concat(result.Benefits.Select(b => (b.Message, MerchantTextKind.Sentence)))
            .Concat(result.Explanation!.Services.SelectMany(s => s.Providers).SelectMany(p => p.Reasons).Select(r => (r.Text, MerchantTextKind.Reason)));
}
