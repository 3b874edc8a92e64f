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
}
