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
}
