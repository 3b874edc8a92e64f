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

    /// <summary>Recurring easy pay (간편결제 정기결제) with a direct contract with the easy-pay company, for its brand.</summary>
    RecurringDirectEasyPay,

    /// <summary>Recurring easy pay through a PG's hub-type easy pay (PG 제휴), for the brands listed.</summary>
    RecurringHubEasyPay,
    /// <summary>Cards issued abroad through an overseas PG (해외결제 결제대행사), applied for under 해외결제 with no domestic
    /// overseas-card addendum, for a business registered in Korea.</summary>
    OverseasPgCards,

    /// <summary>Recurring payments with cards issued abroad through an overseas PG (해외결제 정기결제), for a business
    /// registered in Korea. Domestic PGs' overseas-card service has none (H-INTL).</summary>
    OverseasPgRecurringCards,

    /// <summary>Cards issued abroad through an overseas PG for a business registered outside Korea. No source confirms a
    /// provider: the catalog lists none, and the answer names none.</summary>
    OverseasPgCardsBusinessAbroad,

    /// <summary>Recurring payments with cards issued abroad for a business registered outside Korea. No source confirms a
    /// provider.</summary>
    OverseasPgRecurringCardsBusinessAbroad,
}
