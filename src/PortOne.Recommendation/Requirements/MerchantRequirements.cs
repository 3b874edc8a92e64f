namespace PortOne.Recommendation;

/// <summary>
/// What a merchant needs from online payments. Every part is optional; the default value asks for nothing.
/// </summary>
/// <remarks>
/// Each requested need becomes one fact in the rule session. The record is immutable, so one instance can be
/// shared between threads and reused across calls.
/// </remarks>
public sealed record MerchantRequirements
{
    /// <summary>Gets a value indicating whether one-time card payments (신용카드 일반결제) are needed.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool CardPayment { get; init; }

    /// <summary>Gets a value indicating whether real-time bank transfer (실시간 계좌이체) is needed.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool BankTransfer { get; init; }

    /// <summary>Gets a value indicating whether virtual account payments (가상계좌) are needed.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool VirtualAccount { get; init; }

    /// <summary>Gets the recurring card payment (신용카드 정기결제) requirement, if any.</summary>
    /// <value>The default is <see langword="null"/>: no recurring card payments.</value>
    public RecurringCardRequirement? RecurringCard { get; init; }

    /// <summary>Gets the easy pay (간편결제) requirement, if any.</summary>
    /// <value>The default is <see langword="null"/>: no easy pay.</value>
    public EasyPayRequirement? EasyPay { get; init; }

    /// <summary>Gets the identity verification (본인인증) requirement, if any.</summary>
    /// <value>The default is <see langword="null"/>: no identity verification.</value>
    public IdentityVerificationRequirement? IdentityVerification { get; init; }

    /// <summary>Gets the mobile micropayment (휴대폰 소액결제) requirement, if any.</summary>
    /// <value>The default is <see langword="null"/>: no mobile micropayments.</value>
    public MobileMicropaymentRequirement? MobileMicropayment { get; init; }

    /// <summary>Gets a value indicating whether cards issued abroad (해외카드) must be accepted.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool OverseasCards { get; init; }
}
