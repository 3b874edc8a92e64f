using System;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The decisions of the engine's rules, one flag per rule that may fire for a call, declared in the order in which the
/// engine fires them (see <see cref="ResultWriter"/>): the rules that decide from the requirements alone (priority 0),
/// the two rules derived from package entries (priority 0, queued when their first trigger appears), the rules that
/// use the catalog's coverage (priorities -1 to -9), then the contract plan (-10) and the existing-contract advisory
/// (-11). <c>Coverage.CatalogProviders</c> fires once per need of the plan, first of all, and is not a decision.
/// The floor and the RulesEngine workflow both decide these flags; <see cref="ResultWriter"/> turns them into the same
/// <see cref="RecommendationResult"/> the engine returns.
/// </summary>
[Flags]
public enum Decisions
{
    None = 0,
    AgeCheckUsesBirthDate = 1 << 0,
    BillingKeyTiedToIssuingPg = 1 << 1,
    EscrowForCashPayments = 1 << 2,
    GeneralPaymentCoversTransferAndVirtualAccount = 1 << 3,
    CardPayment = 1 << 4,
    IdentityVerification = 1 << 5,
    BankTransferIncluded = 1 << 6,
    VirtualAccountIncluded = 1 << 7,
    EasyPayAnyBrand = 1 << 8,
    EasyPayPackageBrands = 1 << 9,
    RecurringCardApi = 1 << 10,
    NothingRequested = 1 << 11,
    PartnerBenefits = 1 << 12,
    DanalPhoneVerificationDiffers = 1 << 13,
    RecurringCardPaymentWindow = 1 << 14,
    EasyPayOtherBrands = 1 << 15,
    EasyPayHub = 1 << 16,
    MobileMicropayment = 1 << 17,
    MobileMicropaymentRecurring = 1 << 18,
    OverseasCards = 1 << 19,
    InicisHubEasyPayNotForRecurring = 1 << 20,
    NoKnownProvider = 1 << 21,
    PackageProviderUnavailableOnApiVersion = 1 << 22,
    ContractPlan = 1 << 23,
    ExistingContractExtended = 1 << 24,
}
