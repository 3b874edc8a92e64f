using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// The Korean rules of the texts a merchant reads (issue 18), as checks that return the problems of one text:
/// no words about the software, no parenthesis inside a parenthesis, no absence stated as a fact, console labels quoted
/// as PortOne quotes them (in English the Korean label, then its translation), and 간편결제사 / 결제대행사 each for its
/// own kind of company.
/// </summary>
internal static class MerchantTextChecks
{
    /// <summary>Words about the software, which a merchant neither knows nor needs: the library, its engine, its rules
    /// and catalog. A merchant reads what PortOne's documentation says and what this guide advises; "규칙" and "rule"
    /// name the library's NRules rules in every text that used them. ("코드" is left out: 할인 코드 and 사이트코드 are
    /// the merchant's words.)</summary>
    public static readonly string[] KoreanSoftwareWords = ["라이브러리", "엔진", "규칙", "카탈로그", "알고리즘", "NRules", "데이터베이스"];

    /// <summary>The English twins of <see cref="KoreanSoftwareWords"/>, matched as whole words in any letter case.</summary>
    public static readonly string[] EnglishSoftwareWords = ["library", "engine", "rule", "rules", "catalog", "catalogue", "algorithm", "NRules", "database"];

    /// <summary>The labels of PortOne's console that the texts point at: the two buttons of the application screen, the
    /// package's items and the tabs of 전자결제 직접 선택하기, as PortOne's package page names them
    /// (help.portone.io/content/package).</summary>
    public static readonly string[] ConsoleLabels =
    [
        "추천패키지", "전자결제 직접 선택하기", "신용카드 일반결제", "신용카드 정기결제", "간편결제", "본인인증", "일반결제", "휴대폰결제",
        "해외결제", "휴대폰 소액결제 정기결제", "PG 제휴", "허브형",
    ];

    /// <summary>The English names of the same labels: an English step that is one of them alone names a button the
    /// merchant cannot find in the Korean console.</summary>
    public static readonly string[] EnglishConsoleLabels =
    [
        "Recommended package", "Select e-payment directly", "One-time card", "Recurring card", "Easy pay", "Identity verification",
        "General payment", "Mobile payment", "Overseas payment",
    ];

    /// <summary>
    /// The sentences that state a "no" and may: each is what a page says, or not about a provider at all. Reviewed one by
    /// one (issue 18); anything else that matches <see cref="KoreanAbsence"/> or <see cref="EnglishAbsence"/> must say
    /// "포트원 문서에 … 나와 있지 않습니다" / "PortOne's documentation does not list …" instead.
    /// </summary>
    public static readonly (Regex Pattern, string Why)[] AllowedNos =
    [
        (new(@"추천패키지에 없"), "help.portone.io/content/package lists the package's items and PGs in full, and says that what is not among them (결제창 방식 PGs, 휴대폰 소액결제 ...) is applied for by ‘전자결제 직접 선택하기’"),
        (new(@"not in the package|not shown in the package|outside the package"), "the same, in English"),
        (new(@"국내 결제대행사의 해외카드 서비스는 정기결제를 지원하지 않|정기결제는 지원하지 않습니다\. \(출처: https://help\.portone\.io/content/internationl-pg\)"), "help.portone.io/content/internationl-pg: the domestic PGs' overseas card service has no recurring payments"),
        (new(@"overseas card service has no recurring payments|do not support recurring payments\. \(Source: https://help\.portone\.io/content/internationl-pg\)"), "the same, in English"),
        (new(@"KG이니시스의 PG 제휴 간편결제는 정기결제를 지원하지 않습니다|KG Inicis' PG-partnered \(hub-type\) easy pay does not support recurring payments"), "help.portone.io/content/inicis-easypay-hub-fee says so"),
        (new(@"모바일 환경에서는 인증 절차가 없습니다|on mobile there is no authentication step"), "help.portone.io/content/content200052 says so"),
        (new(@"요청하신 결제·인증 서비스가 없어 추천할 항목이 없습니다|No payment or verification service was requested"), "about the request, not about a provider"),
    ];

    private static readonly Regex Url = new(@"https?://\S+?(?=\)|\s|$|,)", RegexOptions.Compiled);
    private static readonly Regex QuotedHangul = new(@"‘([^’]*)’", RegexOptions.Compiled);

    /// <summary>A "no" in Korean: 없습니다 and its clause forms, and the negated verbs of support and inclusion. "…할 수
    /// 없습니다" (cannot) is left out: every such sentence states a condition a page sets (no recurring with a phone
    /// billing key of another amount, no hub and direct easy pay together, no domestic overseas-card service for a
    /// business abroad, no adult businesses for KG이니시스 본인인증), not a missing entry of the documentation.</summary>
    private static readonly Regex KoreanAbsence = new(@"(?<!수 )(없습니다|없어|없으므로|없으니)|지원하지 않|들지 않|들어 있지 않|포함되지 않|제공하지 않", RegexOptions.Compiled);

    /// <summary>A "no" in English about what a provider offers.</summary>
    private static readonly Regex EnglishAbsence = new(@"\b(does not (support|offer|include|carry|have)|do not (support|offer|include|carry|have)|is not offered by|are not offered by|has no|have no|not in the package)\b", RegexOptions.Compiled);

    private static readonly HashSet<PaymentProvider> EasyPayCompanies =
        [PaymentProvider.KakaoPay, PaymentProvider.NaverPay, PaymentProvider.TossPay, PaymentProvider.Payco];

    /// <summary>Every problem of a text of a kind in a language ("ko" or "en"); none when it keeps the rules.</summary>
    public static IEnumerable<string> Problems(string text, MerchantTextKind kind, string language)
    {
        var withoutUrls = Url.Replace(text, "URL");
        foreach (var problem in SoftwareWords(withoutUrls, language)
                     .Concat(NestedParentheses(withoutUrls))
                     .Concat(kind == MerchantTextKind.Reason ? AbsenceAsFact(text, language) : [])
                     .Concat(UnquotedLabels(withoutUrls, kind, language))
                     .Concat(language == "ko" ? CompanyKinds(withoutUrls) : []))
        {
            yield return problem + ": '" + text + "'";
        }
    }

    /// <summary>A word about the software.</summary>
    public static IEnumerable<string> SoftwareWords(string text, string language)
    {
        if (language == "ko")
        {
            return KoreanSoftwareWords.Where(w => text.Contains(w, StringComparison.Ordinal)).Select(w => $"software word '{w}'");
        }

        return EnglishSoftwareWords
            .Where(w => Regex.IsMatch(text, @"\b" + Regex.Escape(w) + @"\b", RegexOptions.IgnoreCase))
            .Select(w => $"software word '{w}'");
    }

    /// <summary>A parenthesis opened inside another (round brackets, the only ones the texts use).</summary>
    public static IEnumerable<string> NestedParentheses(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth > 1)
            {
                return ["nested parentheses"];
            }
        }

        return [];
    }

    /// <summary>A "no" that is not one of the reviewed <see cref="AllowedNos"/>: an absence from PortOne's documentation
    /// stated as a fact.</summary>
    public static IEnumerable<string> AbsenceAsFact(string text, string language)
    {
        var pattern = language == "ko" ? KoreanAbsence : EnglishAbsence;
        var rest = text;
        foreach (var (allowed, _) in AllowedNos)
        {
            rest = allowed.Replace(rest, " ");
        }

        return pattern.Matches(rest).Select(m => $"absence stated as a fact ('{m.Value}')");
    }

    /// <summary>
    /// A console label not quoted as PortOne quotes it. In Korean: a step that is a label (alone, or with 로 신청 after
    /// it) is the label in ‘…’; ‘전자결제 직접 선택하기’ (a button, a verb phrase) is always quoted; a label followed by
    /// 탭 or 항목, right after ‘전자결제 직접 선택하기’의, or followed by 로 표기 is quoted. In English: every quoted Korean
    /// label is followed by its translation in parentheses, no step is an English label alone, "Select e-payment
    /// directly" stands only as the translation of ‘전자결제 직접 선택하기’, and "direct selection" is not used.
    /// </summary>
    public static IEnumerable<string> UnquotedLabels(string text, MerchantTextKind kind, string language)
    {
        if (language == "ko")
        {
            var bare = QuotedHangul.Replace(text, m => new string('#', m.Length));
            if (kind == MerchantTextKind.Step)
            {
                var head = Regex.Replace(bare, "(으로|로) 신청$", string.Empty);
                if (ConsoleLabels.Contains(head))
                {
                    yield return $"unquoted label step '{head}'";
                }
            }

            if (bare.Contains("전자결제 직접 선택하기", StringComparison.Ordinal))
            {
                yield return "unquoted ‘전자결제 직접 선택하기’";
            }

            // 추천패키지 is also the product's name in running text ("요청하신 추천패키지 항목"); only its step is a label.
            foreach (var label in ConsoleLabels.Where(l => l != "추천패키지"))
            {
                var escaped = Regex.Escape(label);
                if (Regex.IsMatch(bare, $@"(?<![가-힣]){escaped} (탭|항목)")
                    || Regex.IsMatch(bare, $@"#의 {escaped}(에서|의|[ ,.]|$)")
                    || Regex.IsMatch(bare, $@"(?<![가-힣]){escaped}(\([^)]*\))?(으로|로) 표기"))
                {
                    yield return $"unquoted label '{label}'";
                }
            }

            yield break;
        }

        foreach (Match quoted in QuotedHangul.Matches(text))
        {
            if (Hangul.In(quoted.Groups[1].Value) && !text.AsSpan(quoted.Index + quoted.Length).StartsWith(" (", StringComparison.Ordinal))
            {
                yield return $"Korean label {quoted.Value} without its translation";
            }
        }

        if (kind == MerchantTextKind.Step && EnglishConsoleLabels.Contains(text))
        {
            yield return $"English label step '{text}' without the Korean label";
        }

        if (Regex.Count(text, "Select e-payment directly") > Regex.Count(text, "‘전자결제 직접 선택하기’ \\(Select e-payment directly\\)"))
        {
            yield return "'Select e-payment directly' without ‘전자결제 직접 선택하기’";
        }

        if (text.Contains("direct selection", StringComparison.OrdinalIgnoreCase))
        {
            yield return "'direct selection' instead of the console's label";
        }
    }

    /// <summary>
    /// An easy-pay company called 결제대행사, or a PG called 간편결제사, in Korean: the word followed by 는/은/이/가, a
    /// colon or a parenthesis, then up to the end of the clause a name of the other kind ("결제대행사는 카카오페이입니다",
    /// "결제대행사(카카오페이)"); or a name followed by the word of the other kind ("카카오페이 결제대행사",
    /// "카카오페이(추천패키지 결제대행사)").
    /// </summary>
    public static IEnumerable<string> CompanyKinds(string text)
    {
        foreach (var provider in Enum.GetValues<PaymentProvider>())
        {
            var name = DisplayNames.Of(provider, System.Globalization.CultureInfo.GetCultureInfo("ko-KR"));
            var wrong = EasyPayCompanies.Contains(provider) ? "결제대행사" : "간편결제사";
            var escaped = Regex.Escape(name);
            if (Regex.IsMatch(text, $@"{wrong}(?:는|은|이|가|:|\()[^.]*?(?<![가-힣]){escaped}(?!먼츠)")
                || Regex.IsMatch(text, $@"(?<![가-힣]){escaped}(?!먼츠)(?:\([^)]*)? {wrong}")
                || Regex.IsMatch(text, $@"(?<![가-힣]){escaped}(?:, [^ ]+)*(?:은|는|이|가)? 모두 {wrong}"))
            {
                yield return $"{name} called {wrong}";
            }
        }
    }
}
