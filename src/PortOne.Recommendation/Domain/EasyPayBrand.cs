namespace PortOne.Recommendation;

/// <summary>An easy-pay brand (간편결제사) that a merchant may want to offer.</summary>
public enum EasyPayBrand
{
    /// <summary>KakaoPay (카카오페이).</summary>
    KakaoPay,

    /// <summary>NaverPay (네이버페이).</summary>
    NaverPay,

    /// <summary>TossPay (토스페이).</summary>
    TossPay,

    /// <summary>PAYCO (페이코).</summary>
    Payco,

    /// <summary>Samsung Pay (삼성페이).</summary>
    SamsungPay,

    /// <summary>Apple Pay (애플페이).</summary>
    ApplePay,
}
