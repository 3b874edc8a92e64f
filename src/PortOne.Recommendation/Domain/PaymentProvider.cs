namespace PortOne.Recommendation;

/// <summary>A payment gateway (PG, 결제대행사) or easy-pay company reachable through PortOne. The order of the values
/// is the order of <see cref="ServiceRecommendation.Providers"/>.</summary>
public enum PaymentProvider
{
    /// <summary>KG Inicis (KG이니시스).</summary>
    KgInicis,

    /// <summary>NICE Payments (나이스페이먼츠).</summary>
    NicePayments,

    /// <summary>KakaoPay (카카오페이).</summary>
    KakaoPay,

    /// <summary>NaverPay (네이버페이).</summary>
    NaverPay,

    /// <summary>Danal (다날).</summary>
    Danal,
    /// <summary>NHN KCP (NHN KCP). Appended from the provider catalog.</summary>
    NhnKcp,

    /// <summary>Toss Payments (토스페이먼츠), the PG. Appended from the provider catalog.</summary>
    TossPayments,

    /// <summary>KPN, Korea Payment Networks (한국결제네트웍스). Appended from the provider catalog.</summary>
    Kpn,

    /// <summary>KSNET (KSNET). Appended from the provider catalog.</summary>
    Ksnet,

    /// <summary>Smartro (스마트로). Appended from the provider catalog.</summary>
    Smartro,

    /// <summary>Welcome Payments (웰컴페이먼츠). Appended from the provider catalog.</summary>
    WelcomePayments,

    /// <summary>Galaxia Money Tree (갤럭시아머니트리). Appended from the provider catalog.</summary>
    GalaxiaMoneyTree,

    /// <summary>KG Financial, formerly KG Mobilians (KG파이낸셜, 구 KG모빌리언스). Appended from the provider catalog.</summary>
    KgFinancial,

    /// <summary>Kiwoom Pay, formerly Daou Data / PayJoa (키움페이). Appended from the provider catalog.</summary>
    KiwoomPay,

    /// <summary>Hecto Financial, formerly Settlebank (헥토파이낸셜). Appended from the provider catalog.</summary>
    HectoFinancial,

    /// <summary>KICC EasyPay (이지페이, KICC). Appended from the provider catalog.</summary>
    Kicc,

    /// <summary>TossPay (토스페이), the easy-pay company. Appended from the provider catalog.</summary>
    TossPay,

    /// <summary>PAYCO (페이코), the easy-pay company. Appended from the provider catalog.</summary>
    Payco,

    /// <summary>Eximbay (엑심베이). Appended from the provider catalog.</summary>
    Eximbay,

    /// <summary>PayPal (페이팔), an overseas PG (해외결제 결제대행사). Appended from the provider catalog.</summary>
    PayPal,

    /// <summary>Paymentwall (페이먼트월), an overseas PG (해외결제 결제대행사). Appended from the provider catalog.</summary>
    Paymentwall,

    /// <summary>Payletter (페이레터), an overseas PG (해외결제 결제대행사; PortOne's "페이레터 해외결제"). Appended from the
    /// provider catalog.</summary>
    Payletter,
}
