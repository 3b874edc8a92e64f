using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Planning;

/// <summary>Which catalog capability a requested service takes, given how it was asked for.</summary>
internal static class ServiceCapabilities
{
    /// <summary>The capability a provider needs to serve <paramref name="service"/> for these requirements (for
    /// services that were not asked for, the usual one: recurring cards by API, direct easy pay, overseas cards through a
    /// domestic PG).</summary>
    public static ProviderCapability Of(PaymentService service, in RequirementsSnapshot requirements) => service switch
    {
        PaymentService.CardPayment => ProviderCapability.CardPayment,
        PaymentService.BankTransfer => ProviderCapability.BankTransfer,
        PaymentService.VirtualAccount => ProviderCapability.VirtualAccount,
        PaymentService.RecurringCardPayment => requirements.RecurringCard == BillingKeyIssuance.PaymentWindow
            ? ProviderCapability.RecurringCardPaymentWindow
            : ProviderCapability.RecurringCardApi,
        PaymentService.EasyPay => requirements.EasyPay == EasyPayIntegration.Hub ? ProviderCapability.HubEasyPay : ProviderCapability.DirectEasyPay,
        PaymentService.IdentityVerification => requirements.IdentityVerification == VerificationPurpose.AgeRestriction
            ? ProviderCapability.AgeRestrictedIdentityVerification
            : ProviderCapability.IdentityVerification,
        PaymentService.MobileMicropayment => ProviderCapability.MobileMicropayment,
        PaymentService.MobileMicropaymentRecurring => ProviderCapability.RecurringMobileMicropayment,
        _ => OverseasCards(requirements),
    };

    /// <summary>Cards issued abroad: a domestic PG with its addendum for a one-time need of a business registered in
    /// Korea; an overseas PG for recurring payments; for a business registered abroad, the capabilities no source
    /// confirms a provider for.</summary>
    private static ProviderCapability OverseasCards(in RequirementsSnapshot requirements) =>
        (requirements.BusinessRegisteredAbroad, requirements.RecurringOverseasCards) switch
        {
            (false, false) => ProviderCapability.OverseasCards,
            (false, true) => ProviderCapability.OverseasPgRecurringCards,
            (true, false) => ProviderCapability.OverseasPgCardsBusinessAbroad,
            (true, true) => ProviderCapability.OverseasPgRecurringCardsBusinessAbroad,
        };

    /// <summary>The brands each provider must carry for easy pay: hub-type needs all requested brands at one PG; direct
    /// easy pay is one company per brand (the requested brands, or the package's when none were named).</summary>
    public static EasyPayBrandSet EasyPayBrands(in RequirementsSnapshot requirements, EditionView view) =>
        requirements.EasyPay == EasyPayIntegration.Direct && requirements.EasyPayBrands.IsEmpty
            ? view.PackageEasyPayBrands
            : requirements.EasyPayBrands;
}
