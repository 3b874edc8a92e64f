using System.Collections.Generic;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// The normalized form of <see cref="MerchantRequirements"/> that the result cache is keyed by: two requirements
/// get equal keys exactly when the rules cannot tell them apart. Brands and existing contracts become sets, so their
/// order does not matter;
/// the key copies every value, so a caller changing a list afterwards cannot change a stored key.
/// </summary>
/// <remarks>
/// This is the one place to extend when <see cref="MerchantRequirements"/> gains a field: add a member here and fill
/// it in <see cref="From"/>. A test lists the requirement records' properties and fails until that is done.
/// </remarks>
internal readonly record struct RequirementsKey(
    bool CardPayment,
    bool BankTransfer,
    bool VirtualAccount,
    BillingKeyIssuance? RecurringCard,
    EasyPayIntegration? EasyPay,
    EasyPayBrandSet EasyPayBrands,
    VerificationPurpose? IdentityVerification,
    bool? MobileMicropaymentRecurring,
    bool OverseasCards,
    PortOneApiVersion? ApiVersion,
    ulong ExistingContracts)
{
    /// <summary>Builds the key of validated requirements.</summary>
    public static RequirementsKey From(MerchantRequirements requirements) => new(
        requirements.CardPayment,
        requirements.BankTransfer,
        requirements.VirtualAccount,
        requirements.RecurringCard?.Issuance,
        requirements.EasyPay?.Integration,
        requirements.EasyPay is { } easyPay ? EasyPayBrandSet.Of(easyPay.Brands) : EasyPayBrandSet.Empty,
        requirements.IdentityVerification?.Purpose,
        requirements.MobileMicropayment?.Recurring,
        requirements.OverseasCards,
        requirements.ApiVersion,
        ProviderSet(requirements.ExistingContracts));

    /// <summary>The providers as a set: the answer depends on which contracts exist, not on their order.</summary>
    private static ulong ProviderSet(IReadOnlyList<PaymentProvider> providers)
    {
        var set = 0UL;
        for (var i = 0; i < providers.Count; i++)
        {
            set |= 1UL << (int)providers[i];
        }

        return set;
    }
}
