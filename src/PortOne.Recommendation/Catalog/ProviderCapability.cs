namespace PortOne.Recommendation.Catalog;

/// <summary>What a provider can do, as the provider catalog records it.</summary>
internal enum ProviderCapability
{
    CardPayment,
    BankTransfer,
    VirtualAccount,
    MobileMicropayment,
    RecurringCardPaymentWindow,
    RecurringCardApi,
    RecurringMobileMicropayment,
    HubEasyPay,
    DirectEasyPay,
    OverseasCards,
    IdentityVerification,

    /// <summary>Identity verification that can serve an age restriction (KG Inicis' 통합인증 cannot: 성인 업종 불가).</summary>
    AgeRestrictedIdentityVerification,
}
