using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// The one map from catalog providers to the ways PortOne's pages spell them. When PortOne adds a spelling (a renamed
/// PG, a new guide), the check reports it as unknown until it is added here; a catalog provider missing here is
/// reported too, never skipped in silence.
/// </summary>
internal static class ProviderSpellings
{
    public static IReadOnlyList<ProviderSpelling> All { get; } =
    [
        new("KgInicis", ["KG이니시스", "이니시스"], ["inicis"], ["inicis", "inicis-v2", "inicis-jp", "inicis-unified-identity-verification"]),
        new("NicePayments", ["나이스정보통신", "나이스페이먼츠"], ["nice"], ["nice", "nice-v2"]),
        new("KakaoPay", ["카카오페이"], ["kakaopay", "kakao"], ["kakaopay"]),
        new("NaverPay", ["네이버페이(결제형)", "네이버페이(주문형)", "네이버페이"], ["naverpay", "naver"], ["naver", "naverpay"]),
        new("Danal", ["다날"], ["danal"], ["danal", "danal-identity-verification"]),
        new("NhnKcp", ["NHN KCP", "KCP"], ["kcp"], ["nhn-kcp", "kcp-v2", "kcp-v2-identity-verification"]),
        new("TossPayments", ["토스페이먼츠"], ["tosspayments", "tosspayment"], ["toss", "newtoss", "toss-brandpay", "tosspayments"]),
        new("Kpn", ["한국결제네트웍스(KPN)", "한국결제네트웍스", "KPN"], ["kpn"], ["kpn"]),
        new("Ksnet", ["KSNET"], ["ksnet"], ["ksnet"]),
        new("Smartro", ["스마트로"], ["smartro"], ["smartro", "smartro-v2"]),
        new("WelcomePayments", ["웰컴페이먼츠"], ["welcome"], ["welcome"]),
        new("GalaxiaMoneyTree", ["갤럭시아머니트리"], ["galaxia"], ["galaxia"]),
        new("KgFinancial", ["KG파이낸셜", "KG모빌리언스"], ["mobilians"], ["kg", "kg-mobilians-v2"]),
        new("KiwoomPay", ["키움페이", "다우데이타"], ["kiwoompay", "daou"], ["daou"]),
        new("HectoFinancial", ["헥토파이낸셜", "세틀뱅크"], ["hecto", "settle"], ["settle", "hecto-global"]),
        new("Kicc", ["이지페이(KICC)", "KICC"], ["kicc"], ["kicc", "kicc-v2"]),
        new("TossPay", ["토스페이"], ["tosspay"], ["tosspay", "tosspay-v2"]),
        new("Payco", ["페이코"], ["payco"], ["payco"]),
        new("Eximbay", ["엑심베이"], ["eximbay"], ["eximbay", "eximbay-v2"]),
        new("PayPal", ["페이팔"], ["paypal"], ["paypal", "paypal-v2", "spb", "rt"]),
        new("Paymentwall", ["페이먼트월"], ["paymentwall"], ["paymentwall"]),
        new("Payletter", ["페이레터"], ["payletter"], ["payletter-global"]),
    ];

    /// <summary><c>pgCompanies</c> values that name no catalog provider: all PGs ("공통"), and PGs the catalog does not list.</summary>
    public static IReadOnlySet<string> OtherCompanies { get; } = new HashSet<string> { "공통", "스마일페이" };

    /// <summary>Guide names that are no catalog provider's: the overview, and PGs the catalog does not list.</summary>
    public static IReadOnlySet<string> OtherGuides { get; } = new HashSet<string> { "readme", "blue", "smilepay", "triple-a" };
}
