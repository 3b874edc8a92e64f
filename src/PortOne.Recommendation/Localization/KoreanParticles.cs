using System;
using System.Collections.Generic;
using System.Globalization;

namespace PortOne.Recommendation.Localization;

/// <summary>
/// Chooses a Korean particle (조사) by how the word before it is read: 은/는, 이/가, 을/를, 과/와 and 으로/로.
/// </summary>
/// <remarks>
/// <para>The word is read from its end. A trailing parenthesis is skipped, so the particle follows the word before
/// it, as Korean writes it: <c>간편결제(삼성페이)를</c>, <c>한국결제네트웍스(KPN)는</c>.</para>
/// <para>A Hangul syllable is read as written: a final consonant (받침) takes 은/이/을/과/으로, none takes
/// 는/가/를/와/로, and a final ㄹ takes 로 (<c>다날로</c>). Latin names are read as Koreans read them: known
/// words from a table (<c>KSNET</c> 케이에스넷, <c>PAYCO</c> 페이코, <c>Pay</c> 페이), other capitals letter by
/// letter (<c>KPN</c> 케이피엔, <c>NHN KCP</c> …케이씨피). Digits after a Latin letter are read in English
/// (<c>V1</c> 브이원, <c>V2</c> 브이투); other digits in Sino-Korean (1 일, 2 이).</para>
/// </remarks>
internal static class KoreanParticles
{
    /// <summary>The final sound of a reading.</summary>
    internal enum Ending
    {
        /// <summary>No final consonant.</summary>
        Vowel,

        /// <summary>A final consonant other than ㄹ.</summary>
        Consonant,

        /// <summary>A final ㄹ.</summary>
        Rieul,
    }

    // Whole Latin words as read in Korean, by their final sound. Upper-cased keys.
    private static readonly Dictionary<string, Ending> Words = new(StringComparer.Ordinal)
    {
        ["KSNET"] = Ending.Consonant, // 케이에스넷
        ["PAYCO"] = Ending.Vowel, // 페이코
        ["PAY"] = Ending.Vowel, // 페이
        ["APPLE"] = Ending.Vowel, // 애플
        ["SAMSUNG"] = Ending.Consonant, // 삼성
        ["KAKAOPAY"] = Ending.Vowel, // 카카오페이
        ["NAVERPAY"] = Ending.Vowel, // 네이버페이
        ["TOSSPAY"] = Ending.Vowel, // 토스페이
        ["NICE"] = Ending.Vowel, // 나이스
        ["TOSS"] = Ending.Vowel, // 토스
        ["PAYMENTS"] = Ending.Vowel, // 페이먼츠
        ["INICIS"] = Ending.Vowel, // 이니시스
        ["DANAL"] = Ending.Rieul, // 다날
        ["EXIMBAY"] = Ending.Vowel, // 엑심베이
        ["KICC"] = Ending.Vowel, // 키크 (also 케이아이씨씨: a vowel either way)
        ["MID"] = Ending.Vowel, // 엠아이디
        ["PORTONE"] = Ending.Consonant, // 포트원
        ["SALESFORCE"] = Ending.Vowel, // 세일즈포스
        ["STIBEE"] = Ending.Vowel, // 스티비
    };

    // Capital letters as Korean names them (에이, 비, 씨 …): only L, R (엘, 알) and M, N (엠, 엔) end in a consonant.
    private static Ending Letter(char upper) => upper switch
    {
        'L' or 'R' => Ending.Rieul,
        'M' or 'N' => Ending.Consonant,
        _ => Ending.Vowel,
    };

    // Digits in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구.
    private static Ending SinoKoreanDigit(char digit) => digit switch
    {
        '1' or '7' or '8' => Ending.Rieul,
        '0' or '3' or '6' => Ending.Consonant,
        _ => Ending.Vowel,
    };

    // Digits in English: 제로 원 투 쓰리 포 파이브 식스 세븐 에이트 나인.
    private static Ending EnglishDigit(char digit) => digit switch
    {
        '1' or '7' or '9' => Ending.Consonant,
        _ => Ending.Vowel,
    };

    /// <summary>Tells whether a format names a particle this helper chooses.</summary>
    public static bool IsParticle(string format) => Pair(format) is not null;

    /// <summary>Returns the particle a format names, chosen for the word before it: <c>은/는</c> (or either form alone),
    /// <c>이/가</c>, <c>을/를</c>, <c>과/와</c> (or <c>와/과</c>), <c>으로/로</c>. Both forms with one in parentheses are
    /// not accepted: a template names the pair with a slash, and the helper writes one form.</summary>
    /// <exception cref="FormatException">The format names no particle.</exception>
    public static string Choose(string word, string format)
    {
        var pair = Pair(format) ?? throw new FormatException($"'{format}' is not a Korean particle this library knows.");
        var ending = Read(word);
        if (pair.WithConsonant == "으로")
        {
            return ending == Ending.Consonant ? "으로" : "로";
        }

        return ending == Ending.Vowel ? pair.AfterVowel : pair.WithConsonant;
    }

    /// <summary>Returns the word followed by the particle a format names.</summary>
    public static string Attach(string word, string format) => word + Choose(word, format);

    /// <summary>Reads the final sound of a word, or of the last word of a text.</summary>
    public static Ending Read(string text) => TryRead(text) ?? Ending.Vowel;

    /// <summary>Reads the final sound of the last word of a text; <see langword="null"/> when it cannot tell (an
    /// unknown Latin word in lower case, or nothing readable).</summary>
    public static Ending? TryRead(string text)
    {
        var end = SkipTrailing(text, text.Length);
        if (end == 0)
        {
            return null;
        }

        var last = text[end - 1];
        if (last >= '\uAC00' && last <= '\uD7A3')
        {
            var final = (last - 0xAC00) % 28;
            return final == 0 ? Ending.Vowel : final == 8 ? Ending.Rieul : Ending.Consonant;
        }

        if (last >= '0' && last <= '9')
        {
            var start = end - 1;
            while (start > 0 && char.IsDigit(text[start - 1]))
            {
                start--;
            }

            return start > 0 && IsLatin(text[start - 1]) ? EnglishDigit(last) : SinoKoreanDigit(last);
        }

        if (IsLatin(last))
        {
            var start = end - 1;
            while (start > 0 && IsLatin(text[start - 1]))
            {
                start--;
            }

            var word = text.Substring(start, end - start);
            var upper = word.ToUpperInvariant();
            if (Words.TryGetValue(upper, out var known))
            {
                return known;
            }

            // An acronym is spelled out, so its last letter decides.
            return string.Equals(word, upper, StringComparison.Ordinal) ? Letter(upper[upper.Length - 1]) : null;
        }

        return null;
    }

    // The end of the readable part: trailing spaces, quotes and closing punctuation skipped, and a trailing
    // parenthesis skipped whole, so that the word before it decides.
    private static int SkipTrailing(string text, int end)
    {
        while (end > 0)
        {
            var c = text[end - 1];
            if (char.IsWhiteSpace(c) || c is '\'' or '"' or '’' or '”' or '.' or '·')
            {
                end--;
            }
            else if (c == ')')
            {
                var depth = 0;
                var i = end - 1;
                for (; i >= 0; i--)
                {
                    depth += text[i] == ')' ? 1 : text[i] == '(' ? -1 : 0;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                if (i <= 0)
                {
                    // Unbalanced, or nothing before the parenthesis: read what is inside it.
                    return end - 1;
                }

                end = i;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsLatin(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static (string WithConsonant, string AfterVowel)? Pair(string? format) => format switch
    {
        "은/는" or "은" or "는" => ("은", "는"),
        "이/가" or "이" or "가" => ("이", "가"),
        "을/를" or "을" or "를" => ("을", "를"),
        "과/와" or "와/과" or "과" or "와" => ("과", "와"),
        "으로/로" or "으로" or "로" => ("으로", "로"),
        _ => null,
    };

    /// <summary>A formatted argument whose format item may name a particle: <c>{0:은/는}</c>.</summary>
    internal sealed class Argument(string text) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            string.IsNullOrEmpty(format) ? text : format == "lower" ? LowerFirst(text) : Attach(text, format!);

        /// <summary>The text with its first letter in lower case, unless the first word is an acronym ("PG").</summary>
        private static string LowerFirst(string value) =>
            value.Length == 0 || !char.IsUpper(value[0]) || (value.Length > 1 && char.IsUpper(value[1]))
                ? value
                : char.ToLowerInvariant(value[0]) + value.Substring(1);

        public override string ToString() => text;
    }

    /// <summary>Formats a template whose format items may name particles.</summary>
    public static string Format(string template, string[] arguments)
    {
        var wrapped = new object[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            wrapped[i] = new Argument(arguments[i]);
        }

        return string.Format(CultureInfo.InvariantCulture, template, wrapped);
    }
}
