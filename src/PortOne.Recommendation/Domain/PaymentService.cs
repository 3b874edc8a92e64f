namespace PortOne.Recommendation;

/// <summary>A payment or verification service a merchant can apply for. The order of the values is the order of
/// <see cref="RecommendationResult.Recommendations"/>.</summary>
public enum PaymentService
{
    /// <summary>One-time card payment (신용카드 일반결제).</summary>
    CardPayment,

    /// <summary>Real-time bank transfer (실시간 계좌이체).</summary>
    BankTransfer,

    /// <summary>Virtual account (가상계좌).</summary>
    VirtualAccount,

    /// <summary>Recurring card payment (신용카드 정기결제).</summary>
    RecurringCardPayment,

    /// <summary>Easy pay (간편결제).</summary>
    EasyPay,

    /// <summary>Identity verification (본인인증).</summary>
    IdentityVerification,

    /// <summary>Mobile micropayment (휴대폰 소액결제).</summary>
    MobileMicropayment,

    /// <summary>Recurring mobile micropayment (휴대폰 소액결제 정기결제).</summary>
    MobileMicropaymentRecurring,

    /// <summary>Payment with cards issued abroad (해외카드 결제).</summary>
    OverseasCardPayment,
}
