using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// The blocking reasons that hold for a provider and a requested service, derived from the hand-pinned catalog
/// (<see cref="PinnedCatalog"/>) alone: shares no code with the library's explanation rules.
/// </summary>
internal static class ExplanationOracle
{
    private static readonly ILookup<PaymentProvider, PinnedCatalog.PinnedCapability> ByProvider =
        PinnedCatalog.Capabilities.ToLookup(c => c.Provider);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(PackageEdition, PackageItem, PortOneApiVersion?), PaymentProvider[]> Offers = new();

    /// <summary>The services a profile requests, in enum order.</summary>
    public static IReadOnlyList<PaymentService> Services(MerchantRequirements r)
    {
        var services = new List<PaymentService>();
        if (r.CardPayment)
        {
            services.Add(PaymentService.CardPayment);
        }

        if (r.BankTransfer)
        {
            services.Add(PaymentService.BankTransfer);
        }

        if (r.VirtualAccount)
        {
            services.Add(PaymentService.VirtualAccount);
        }

        if (r.RecurringCard is not null)
        {
            services.Add(PaymentService.RecurringCardPayment);
        }

        if (r.EasyPay is not null)
        {
            services.Add(PaymentService.EasyPay);
        }

        if (r.IdentityVerification is not null)
        {
            services.Add(PaymentService.IdentityVerification);
        }

        if (r.MobileMicropayment is { } mobile)
        {
            services.Add(mobile.Recurring ? PaymentService.MobileMicropaymentRecurring : PaymentService.MobileMicropayment);
        }

        if (r.OverseasCards)
        {
            services.Add(PaymentService.OverseasCardPayment);
        }

        return services;
    }

    /// <summary>Every blocking reason that holds, in code order.</summary>
    public static IReadOnlyList<ExplanationReasonCode> BlockingReasons(MerchantRequirements r, PackageEdition edition, PaymentService service, PaymentProvider provider)
    {
        var api = r.ApiVersion;
        var brands = r.EasyPay?.Brands.ToArray() ?? [];
        var direct = service == PaymentService.EasyPay && r.EasyPay!.Integration == EasyPayIntegration.Direct;
        var throughPg = direct ? brands.Where(b => DecisionTable.DirectRoute(b, api).ThroughPg).ToArray() : [];
        var kinds = new List<ProviderCapability> { Kind(r, service) };
        if (direct && throughPg.Length > 0)
        {
            kinds.Add(ProviderCapability.HubEasyPay);
        }

        var capabilities = ByProvider[provider].Where(c => kinds.Contains(c.Capability)).ToArray();
        if (service == PaymentService.OverseasCardPayment && capabilities.Length == 0)
        {
            // Cards issued abroad taken another way: what a business registered in Korea gets, for one registered
            // abroad; an overseas PG, for a one-time need that the answer takes through domestic PGs.
            ProviderCapability[] counterparts = r.BusinessRegisteredAbroad
                ? (r.RecurringOverseasCards ? [ProviderCapability.OverseasPgRecurringCards] : [ProviderCapability.OverseasCards, ProviderCapability.OverseasPgCards])
                : (r.RecurringOverseasCards ? [] : [ProviderCapability.OverseasPgCards]);
            var other = ByProvider[provider].Any(c => counterparts.Contains(c.Capability));
            return [other ? (r.BusinessRegisteredAbroad ? ExplanationReasonCode.CannotServePurpose : ExplanationReasonCode.OtherRoute) : ExplanationReasonCode.LacksCapability];
        }

        var reasons = new List<ExplanationReasonCode>();
        if (capabilities.Length == 0)
        {
            reasons.Add(ExplanationReasonCode.LacksCapability);
        }

        if (api is not null && capabilities.Length > 0 && !capabilities.Any(c => DecisionTable.Serves(c.Api, api)))
        {
            reasons.Add(ExplanationReasonCode.NotOnApiVersion);
        }

        if (service == PaymentService.EasyPay && brands.Length > 0 && capabilities.Length > 0)
        {
            var hub = capabilities.FirstOrDefault(c => c.Capability == ProviderCapability.HubEasyPay);
            var company = capabilities.FirstOrDefault(c => c.Capability == ProviderCapability.DirectEasyPay);
            var lacks = direct
                ? !(company is not null && company.Brands.Intersect(brands).Any()) && !(hub is not null && hub.Brands.Intersect(throughPg).Any())
                : !brands.All(hub!.Brands.Contains);
            if (lacks)
            {
                reasons.Add(ExplanationReasonCode.LacksRequestedBrand);
            }
        }

        var hasVerification = ByProvider[provider].Any(c => c.Capability == ProviderCapability.IdentityVerification);
        var servesAge = ByProvider[provider].Any(c => c.Capability == ProviderCapability.AgeRestrictedIdentityVerification);
        if (service == PaymentService.IdentityVerification && r.IdentityVerification!.Purpose == VerificationPurpose.AgeRestriction && hasVerification && !servesAge)
        {
            reasons.Add(ExplanationReasonCode.CannotServePurpose);
        }

        if (reasons.Count == 0 && Item(r, service) is { } item && !PackageProviders(edition, item, api).Contains(provider))
        {
            reasons.Add(ExplanationReasonCode.NotInPackage);
        }

        return [.. reasons.Order()];
    }

    /// <summary>The edition's providers for an item that serve the API version.</summary>
    public static PaymentProvider[] PackageProviders(PackageEdition edition, PackageItem item, PortOneApiVersion? api) =>
        Offers.GetOrAdd((edition, item, api), key => ComputePackageProviders(key.Item1, key.Item2, key.Item3));

    private static PaymentProvider[] ComputePackageProviders(PackageEdition edition, PackageItem item, PortOneApiVersion? api)
    {
        var capability = item switch
        {
            PackageItem.CardGeneral => ProviderCapability.CardPayment,
            PackageItem.CardRecurring => ProviderCapability.RecurringCardApi,
            PackageItem.EasyPay => ProviderCapability.DirectEasyPay,
            _ => ProviderCapability.IdentityVerification,
        };
        return PinnedCatalog.Editions[edition].Offers
            .Where(o => o.Item == item)
            .SelectMany(o => o.Providers)
            .Where(p => DecisionTable.Serves(PinnedCatalog.Capabilities.Single(c => c.Provider == p && c.Capability == capability).Api, api))
            .ToArray();
    }

    private static ProviderCapability Kind(MerchantRequirements r, PaymentService service) => service switch
    {
        PaymentService.CardPayment => ProviderCapability.CardPayment,
        PaymentService.BankTransfer => ProviderCapability.BankTransfer,
        PaymentService.VirtualAccount => ProviderCapability.VirtualAccount,
        PaymentService.RecurringCardPayment => r.RecurringCard!.Issuance == BillingKeyIssuance.Api
            ? ProviderCapability.RecurringCardApi
            : ProviderCapability.RecurringCardPaymentWindow,
        PaymentService.EasyPay => r.EasyPay!.Integration == EasyPayIntegration.Hub ? ProviderCapability.HubEasyPay : ProviderCapability.DirectEasyPay,
        PaymentService.IdentityVerification => ProviderCapability.IdentityVerification,
        PaymentService.MobileMicropayment => ProviderCapability.MobileMicropayment,
        PaymentService.MobileMicropaymentRecurring => ProviderCapability.RecurringMobileMicropayment,
        _ => (r.BusinessRegisteredAbroad, r.RecurringOverseasCards) switch
        {
            (false, false) => ProviderCapability.OverseasCards,
            (false, true) => ProviderCapability.OverseasPgRecurringCards,
            (true, false) => ProviderCapability.OverseasPgCardsBusinessAbroad,
            _ => ProviderCapability.OverseasPgRecurringCardsBusinessAbroad,
        },
    };

    private static PackageItem? Item(MerchantRequirements r, PaymentService service) => service switch
    {
        PaymentService.CardPayment or PaymentService.BankTransfer or PaymentService.VirtualAccount => PackageItem.CardGeneral,
        PaymentService.RecurringCardPayment when r.RecurringCard!.Issuance == BillingKeyIssuance.Api => PackageItem.CardRecurring,
        PaymentService.EasyPay when r.EasyPay!.Integration == EasyPayIntegration.Direct => PackageItem.EasyPay,
        PaymentService.IdentityVerification => PackageItem.IdentityVerification,
        _ => null,
    };
}
