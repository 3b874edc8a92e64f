using System;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The decisions of the recommended-package table, one flag per rule firing, declared in the order in which the
/// engine's rules fire for them (see <see cref="ResultWriter"/>). The floor and the RulesEngine workflow both decide
/// these flags; <see cref="ResultWriter"/> turns them into the same <see cref="RecommendationResult"/> the engine returns.
/// The last two flags are the derived decisions (the engine's rules derive them from entries); in the fired rules
/// they come after the rest, in the order in which their first trigger appears.
/// </summary>
[Flags]
public enum Decisions
{
    None = 0,
    CardPayment = 1 << 0,
    GeneralPaymentCoversTransferAndVirtualAccount = 1 << 1,
    BankTransferIncluded = 1 << 2,
    VirtualAccountIncluded = 1 << 3,
    EasyPayAnyBrand = 1 << 4,
    EasyPayOtherBrands = 1 << 5,
    EasyPayPackageBrands = 1 << 6,
    EasyPayHub = 1 << 7,
    IdentityVerification = 1 << 8,
    MobileMicropayment = 1 << 9,
    MobileMicropaymentRecurring = 1 << 10,
    OverseasCards = 1 << 11,
    RecurringCardApi = 1 << 12,
    RecurringCardPaymentWindow = 1 << 13,
    NothingRequested = 1 << 14,
    PartnerBenefits = 1 << 15,
    DanalPhoneVerificationDiffers = 1 << 16,
}
