namespace PortOne.Recommendation;

/// <summary>An item of PortOne's recommended package (추천패키지).</summary>
public enum PackageItem
{
    /// <summary>One-time card payment (신용카드 일반결제); general payment also covers bank transfer and virtual account.</summary>
    CardGeneral,

    /// <summary>Recurring card payment (신용카드 정기결제).</summary>
    CardRecurring,

    /// <summary>Easy pay (간편결제).</summary>
    EasyPay,

    /// <summary>Identity verification (본인인증).</summary>
    IdentityVerification,
}
