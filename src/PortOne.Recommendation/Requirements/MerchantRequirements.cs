using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// What a merchant needs from online payments. Every part is optional; the default value asks for nothing.
/// </summary>
/// <remarks>
/// Each requested need becomes one fact in the rule session. The record is immutable: lists are copied when they are
/// set, so one instance can be shared between threads and reused across calls, and changing the list it was built from
/// changes nothing. Two instances are equal when all their values are, lists element by element.
/// </remarks>
public sealed record MerchantRequirements
{
    private readonly IReadOnlyList<PaymentProvider> _existingContracts = ValueList<PaymentProvider>.Empty;
    private readonly IReadOnlyList<MerchantOffering> _sells = ValueList<MerchantOffering>.Empty;

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
    /// <value>The default is <see langword="false"/>. Alone, for a business registered in Korea, the answer is a domestic
    /// PG with its overseas-card addendum (해외카드 특약), and an advisory names the overseas PGs (해외결제 결제대행사) that
    /// take them too.</value>
    public bool OverseasCards { get; init; }

    /// <summary>Gets a value indicating whether cards issued abroad must also be charged on a recurring basis
    /// (해외결제 정기결제), with a billing key.</summary>
    /// <value>The default is <see langword="false"/>. Needs <see cref="OverseasCards"/>. Domestic PGs' overseas-card
    /// service has no recurring payments, so the answer names the overseas PGs that have them (PayPal, Eximbay,
    /// Payletter, Paymentwall, as the API version allows), applied for under 해외결제 in direct selection.</value>
    public bool RecurringOverseasCards { get; init; }

    /// <summary>Gets a value indicating whether the business is registered outside Korea (해외 사업자).</summary>
    /// <value>The default is <see langword="false"/>: a business registered in Korea. PortOne's pages state this
    /// condition for overseas payments only: domestic PGs' overseas-card service, Eximbay and Payletter take businesses
    /// registered in Korea only, and no page confirms an overseas PG for a business registered abroad. So the
    /// overseas-card answer names no provider and says why; the other answers stay as for a business registered in
    /// Korea, with an advisory that PortOne's pages do not confirm them for a business registered abroad.</value>
    public bool BusinessRegisteredAbroad { get; init; }

    /// <summary>Gets the PortOne API version the merchant integrates with.</summary>
    /// <value>The default is <see langword="null"/>: either version. When set, providers and candidates are limited
    /// to what that version supports, and an advisory names package providers it lacks.</value>
    public PortOneApiVersion? ApiVersion { get; init; }

    /// <summary>Gets the PGs and easy-pay companies the merchant already has a contract with through PortOne.</summary>
    /// <value>The default is an empty list. Must not be <see langword="null"/> and must not name a provider twice. The
    /// contract plan prefers them and says when adding a service or MID to one replaces a new contract.</value>
    public IReadOnlyList<PaymentProvider> ExistingContracts
    {
        get => _existingContracts;
        init => _existingContracts = ValueList<PaymentProvider>.From(value)!;
    }

    /// <summary>Gets what the merchant sells: it chooses the site requirements of the onboarding plan
    /// (<see cref="RecommendationResult.Onboarding"/>), as PortOne's page 서비스 필수 구축요건 tells the kinds apart.</summary>
    /// <value>The default is an empty list: not stated, and the onboarding plan gives the requirements every site must
    /// meet and points to the page for the rest. Must not be <see langword="null"/> and must not name a kind twice. It
    /// changes no entry, advisory or contract.</value>
    public IReadOnlyList<MerchantOffering> Sells
    {
        get => _sells;
        init => _sells = ValueList<MerchantOffering>.From(value)!;
    }

    /// <summary>Gets the merchant's industry, when it is one of those PortOne's help page names as high risk.</summary>
    /// <value>The default is <see langword="null"/>: none of them, or not stated. When set, the advisory
    /// <see cref="AdvisoryCode.HighRiskIndustry"/> names the PGs the page lists for it, or says that the page lists it as
    /// not accepted.</value>
    public MerchantIndustry? Industry { get; init; }
}
