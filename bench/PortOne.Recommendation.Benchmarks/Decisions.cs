using System;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The decisions of the engine's rules, one flag per rule outcome, in two stages like the engine's firing: the entry
/// stage decides from the requirements and the catalog (the entries, the existing-contract entries per service and the
/// advisories that do not depend on the plan); the plan stage decides from the contract plan worked out from those
/// entries (partner benefits and the plan advisories). The floor and the RulesEngine workflow both decide these
/// flags; <see cref="ResultWriter"/> turns them into the same <see cref="RecommendationResult"/> the engine returns.
/// </summary>
[Flags]
public enum Decisions : long
{
    None = 0,

    // Entries (one rule each).
    CardPayment = 1L << 0,
    BankTransferIncluded = 1L << 1,
    VirtualAccountIncluded = 1L << 2,
    RecurringCardApi = 1L << 3,
    RecurringCardPaymentWindow = 1L << 4,
    EasyPayAnyBrand = 1L << 5,
    EasyPayPackageBrands = 1L << 6,
    EasyPayOtherBrands = 1L << 7,
    EasyPayHub = 1L << 8,
    IdentityVerification = 1L << 9,
    MobileMicropayment = 1L << 10,
    MobileMicropaymentRecurring = 1L << 11,
    OverseasCards = 1L << 12,
    OverseasCardsRecurring = 1L << 22,
    OverseasCardsBusinessAbroad = 1L << 23,

    // ExistingContract.AddService, once per service (bit ExistingContractFirst << (int)service): bits 13 to 21.
    ExistingContractFirst = 1L << 13,

    // Advisories decided from the requirements and the catalog.
    AgeCheckUsesBirthDate = 1L << 24,
    BillingKeyTiedToIssuingPg = 1L << 25,
    EscrowForCashPayments = 1L << 26,
    GeneralPaymentCoversTransferAndVirtualAccount = 1L << 27,
    DanalPhoneVerificationDiffers = 1L << 28,
    NothingRequested = 1L << 29,
    NoKnownProvider = 1L << 30,
    PackageProviderUnavailableOnApiVersion = 1L << 31,
    ExistingContractUnavailableOnApiVersion = 1L << 32,
    EasyPayOnlyThroughPg = 1L << 33,
    MobileBillingFixedAmount = 1L << 34,
    RecurringEasyPayAvailable = 1L << 35,
    OverseasPgsAlsoAvailable = 1L << 36,
    PayPalForeignBuyersOnly = 1L << 37,
    PaymentwallAdmissionCriteria = 1L << 38,
    OverseasPgKoreanBusinessesOnly = 1L << 39,
    OverseasPgBusinessConditionUnstated = 1L << 40,
    BusinessAbroadDomesticServicesUnconfirmed = 1L << 41,
    KgFinancialCardAndMobileOnly = 1L << 49,

    // Decided from the contract plan.
    PartnerBenefits = 1L << 42,
    ExistingContractExtended = 1L << 43,
    InicisHubEasyPayNotForRecurring = 1L << 44,
    RecurringCertificateOnPc = 1L << 45,
    OverseasCardsClosedToContent = 1L << 46,
    BrokeragePlatformsHardToOnboard = 1L << 47,
    ApiBillingKeyNeedsPriorContract = 1L << 48,
    PaymentwallTestPaymentsAreReal = 1L << 50,
    NaverPayNeedsPgSalesFirst = 1L << 51,
}

/// <summary>Helpers on <see cref="Decisions"/>.</summary>
public static class DecisionFlags
{
    /// <summary>The flag of the existing-contract entry for a service.</summary>
    public static Decisions ExistingContract(PaymentService service) => (Decisions)((long)Decisions.ExistingContractFirst << (int)service);

    public static bool Has(this Decisions decisions, Decisions flag) => (decisions & flag) != 0;
}
