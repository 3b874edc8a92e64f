using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation;

/// <summary>
/// Validated requirements, read once into plain values: the facts of a call are built from it and the result cache is
/// keyed by it (with the edition and the language). Two requirements get equal snapshots exactly when the rules cannot
/// tell them apart: brands and existing contracts become sets, so their order does not matter.
/// </summary>
/// <remarks>
/// This is the one place to extend when <see cref="MerchantRequirements"/> gains a field: add a member here and fill
/// it in <see cref="Of"/>. A test lists the requirement records' properties and fails until that is done.
/// </remarks>
internal readonly record struct RequirementsSnapshot(
    bool CardPayment,
    bool BankTransfer,
    bool VirtualAccount,
    BillingKeyIssuance? RecurringCard,
    EasyPayIntegration? EasyPay,
    EasyPayBrandSet EasyPayBrands,
    VerificationPurpose? IdentityVerification,
    bool? MobileMicropaymentRecurring,
    bool OverseasCards,
    bool RecurringOverseasCards,
    bool BusinessRegisteredAbroad,
    PortOneApiVersion? ApiVersion,
    ProviderSet ExistingContracts,
    int Sells,
    MerchantIndustry? Industry)
{
    /// <summary>Tells whether the merchant said it sells <paramref name="offering"/>.</summary>
    public bool SellsOffering(MerchantOffering offering) => (Sells & (1 << (int)offering)) != 0;

    /// <summary>Gets a value indicating whether nothing at all is requested.</summary>
    public bool IsEmpty =>
        !CardPayment && !BankTransfer && !VirtualAccount && RecurringCard is null && EasyPay is null
        && IdentityVerification is null && MobileMicropaymentRecurring is null && !OverseasCards;

    /// <summary>Reads requirements that <see cref="RequirementsValidator"/> found valid. Their lists are immutable copies
    /// (<see cref="MerchantRequirements"/> copies them when they are set), so nothing can change them during the call.</summary>
    public static RequirementsSnapshot Of(MerchantRequirements requirements) => new(
        requirements.CardPayment,
        requirements.BankTransfer,
        requirements.VirtualAccount,
        requirements.RecurringCard?.Issuance,
        requirements.EasyPay?.Integration,
        requirements.EasyPay is { } easyPay ? EasyPayBrandSet.Of(easyPay.Brands) : EasyPayBrandSet.Empty,
        requirements.IdentityVerification?.Purpose,
        requirements.MobileMicropayment?.Recurring,
        requirements.OverseasCards,
        requirements.RecurringOverseasCards,
        requirements.BusinessRegisteredAbroad,
        requirements.ApiVersion,
        ProviderSet.Of(requirements.ExistingContracts),
        OfferingMask(requirements.Sells),
        requirements.Industry);

    private static int OfferingMask(System.Collections.Generic.IReadOnlyList<MerchantOffering> offerings)
    {
        var mask = 0;
        for (var i = 0; i < offerings.Count; i++)
        {
            mask |= 1 << (int)offerings[i];
        }

        return mask;
    }
}
