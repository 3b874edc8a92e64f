using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Catalog;
using static PortOne.Recommendation.Tests.Support.PinnedCatalog;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// The decision table, written out independently of the rules: what the engine must answer for any requirements and
/// package edition, apart from texts. Providers come from the pinned catalog tables; the contract plan from a
/// brute-force search over every subset of providers (<see cref="PlanOracle"/>).
/// </summary>
internal static class DecisionTable
{
    public static Expected For(MerchantRequirements r, PackageEdition edition = PackageEdition.May2025)
    {
        var items = new List<ExpectedItem>();
        var advisories = new SortedSet<AdvisoryCode>();
        var offers = Editions[edition].Offers;
        var unavailable = new SortedSet<PaymentProvider>();

        PaymentProvider[] Package(PackageItem item, Func<PaymentProvider, bool>? filter = null)
        {
            var offered = offers.Single(o => o.Item == item).Providers;
            foreach (var provider in offered.Where(p => !Serves(OfferApi(item, p), r.ApiVersion)))
            {
                unavailable.Add(provider);
            }

            return offered.Where(p => Serves(OfferApi(item, p), r.ApiVersion) && (filter?.Invoke(p) ?? true)).Order().ToArray();
        }

        var packageBrands = offers.Single(o => o.Item == PackageItem.EasyPay).Providers
            .Where(p => Serves(OfferApi(PackageItem.EasyPay, p), r.ApiVersion))
            .SelectMany(p => Capabilities.Single(c => c.Provider == p && c.Capability == ProviderCapability.DirectEasyPay).Brands)
            .ToHashSet();

        // A card item whose package PGs do not serve the API version is applied for through direct selection.
        ExpectedItem PackageOrDirect(PaymentService service, PackageItem item, ProviderCapability capability, string rule)
        {
            var before = unavailable.ToArray();
            var providers = Package(item);
            if (providers.Length > 0)
            {
                return new(service, ApplicationPath.RecommendedPackage, item, providers, rule);
            }

            // The direct entry's reason says why; no "left out of the package" advisory for it.
            unavailable.Clear();
            unavailable.UnionWith(before);
            return new(service, ApplicationPath.DirectSelection, null, Candidates(capability, [], r.ApiVersion), rule);
        }

        if (r.CardPayment)
        {
            items.Add(PackageOrDirect(PaymentService.CardPayment, PackageItem.CardGeneral, ProviderCapability.CardPayment, "CardPayment.RecommendedPackage"));
        }

        if (r.BankTransfer)
        {
            items.Add(PackageOrDirect(PaymentService.BankTransfer, PackageItem.CardGeneral, ProviderCapability.BankTransfer, "GeneralPayment.IncludedMethod.RecommendedPackage"));
        }

        if (r.VirtualAccount)
        {
            items.Add(PackageOrDirect(PaymentService.VirtualAccount, PackageItem.CardGeneral, ProviderCapability.VirtualAccount, "GeneralPayment.IncludedMethod.RecommendedPackage"));
        }

        if (r.BankTransfer || r.VirtualAccount)
        {
            advisories.Add(AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount);
            advisories.Add(AdvisoryCode.EscrowForCashPayments);
        }

        switch (r.RecurringCard?.Issuance)
        {
            case BillingKeyIssuance.Api:
                items.Add(PackageOrDirect(PaymentService.RecurringCardPayment, PackageItem.CardRecurring, ProviderCapability.RecurringCardApi, "RecurringCard.Api.RecommendedPackage"));
                break;
            case BillingKeyIssuance.PaymentWindow:
                items.Add(new(PaymentService.RecurringCardPayment, ApplicationPath.DirectSelection, null, Candidates(ProviderCapability.RecurringCardPaymentWindow, [], r.ApiVersion), "RecurringCard.PaymentWindow.DirectSelection"));
                advisories.Add(AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection);
                break;
        }

        var hubCandidates = Array.Empty<PaymentProvider>();
        if (r.EasyPay is { } easyPay)
        {
            if (easyPay.Integration == EasyPayIntegration.Hub)
            {
                hubCandidates = Candidates(ProviderCapability.HubEasyPay, easyPay.Brands, r.ApiVersion);
                items.Add(new(PaymentService.EasyPay, ApplicationPath.DirectSelection, null, hubCandidates, "EasyPay.Hub.DirectSelection"));
                advisories.Add(AdvisoryCode.HubEasyPayExtraMerchantId);
                advisories.Add(AdvisoryCode.HubAndDirectEasyPayExclusive);
                advisories.Add(AdvisoryCode.HubEasyPayTestPaymentsAreReal);
            }
            else if (easyPay.Brands.Count == 0)
            {
                items.Add(new(PaymentService.EasyPay, ApplicationPath.RecommendedPackage, PackageItem.EasyPay, Package(PackageItem.EasyPay), "EasyPay.AnyBrand.RecommendedPackage"));
            }
            else
            {
                var inPackage = easyPay.Brands.Where(packageBrands.Contains).ToList();
                var outside = easyPay.Brands.Where(b => !packageBrands.Contains(b)).ToList();
                if (inPackage.Count > 0)
                {
                    var providers = Package(
                        PackageItem.EasyPay,
                        p => Capabilities.Single(c => c.Provider == p && c.Capability == ProviderCapability.DirectEasyPay).Brands.Any(inPackage.Contains));
                    items.Add(new(PaymentService.EasyPay, ApplicationPath.RecommendedPackage, PackageItem.EasyPay, providers, "EasyPay.PackageBrands.RecommendedPackage"));
                }

                if (outside.Count > 0)
                {
                    var providers = outside.SelectMany(b => DirectRoute(b, r.ApiVersion).Providers).Distinct().Order().ToArray();
                    items.Add(new(PaymentService.EasyPay, ApplicationPath.DirectSelection, null, providers, "EasyPay.OtherBrands.DirectSelection"));
                    advisories.Add(AdvisoryCode.EasyPayBrandNotInPackage);
                    if (outside.Any(b => DirectRoute(b, r.ApiVersion) is { ThroughPg: true, Providers.Length: > 0 }))
                    {
                        advisories.Add(AdvisoryCode.EasyPayOnlyThroughPg);
                    }
                }
            }
        }

        if (r.IdentityVerification is { } identity)
        {
            var providers = Package(PackageItem.IdentityVerification);
            items.Add(new(PaymentService.IdentityVerification, ApplicationPath.RecommendedPackage, PackageItem.IdentityVerification, providers, "IdentityVerification.RecommendedPackage"));
            advisories.Add(AdvisoryCode.IdentityVerificationSeparateSignup);
            if (providers.Contains(PaymentProvider.Danal))
            {
                advisories.Add(AdvisoryCode.DanalPhoneVerificationDiffers);
            }

            if (identity.Purpose == VerificationPurpose.AgeRestriction)
            {
                advisories.Add(AdvisoryCode.AgeCheckUsesBirthDate);
            }
        }

        switch (r.MobileMicropayment?.Recurring)
        {
            case false:
                items.Add(new(PaymentService.MobileMicropayment, ApplicationPath.DirectSelection, null, Candidates(ProviderCapability.MobileMicropayment, [], r.ApiVersion), "MobileMicropayment.DirectSelection"));
                break;
            case true:
                items.Add(new(PaymentService.MobileMicropaymentRecurring, ApplicationPath.DirectSelection, null, Candidates(ProviderCapability.RecurringMobileMicropayment, [], r.ApiVersion), "MobileMicropayment.Recurring.DirectSelection"));
                break;
        }

        if (r.OverseasCards && r.BusinessRegisteredAbroad)
        {
            // No source confirms a PG for a business registered abroad: no provider, and why.
            var overseasPg = r.RecurringOverseasCards ? ProviderCapability.OverseasPgRecurringCards : ProviderCapability.OverseasPgCards;
            var abroad = r.RecurringOverseasCards ? ProviderCapability.OverseasPgRecurringCardsBusinessAbroad : ProviderCapability.OverseasPgCardsBusinessAbroad;
            items.Add(new(PaymentService.OverseasCardPayment, ApplicationPath.DirectSelection, null, Candidates(abroad, [], r.ApiVersion), "OverseasCard.BusinessAbroad.DirectSelection"));
            advisories.Add(AdvisoryCode.OverseasCardsDomesticPgLimits);
            var overseasPgs = Candidates(overseasPg, [], r.ApiVersion);
            var excluded = ExcludedAbroad(overseasPg, overseasPgs);
            if (excluded.Length > 0)
            {
                advisories.Add(AdvisoryCode.OverseasPgKoreanBusinessesOnly);
            }

            if (overseasPgs.Except(excluded).Any())
            {
                advisories.Add(AdvisoryCode.OverseasPgBusinessConditionUnstated);
            }
        }
        else if (r.OverseasCards && r.RecurringOverseasCards)
        {
            items.Add(new(PaymentService.OverseasCardPayment, ApplicationPath.DirectSelection, null, Candidates(ProviderCapability.OverseasPgRecurringCards, [], r.ApiVersion), "OverseasCard.Recurring.OverseasPg.DirectSelection"));
            advisories.Add(AdvisoryCode.OverseasCardsDomesticPgLimits);
        }
        else if (r.OverseasCards)
        {
            items.Add(new(PaymentService.OverseasCardPayment, ApplicationPath.DirectSelection, null, Candidates(ProviderCapability.OverseasCards, [], r.ApiVersion), "OverseasCard.DirectSelection"));
            advisories.Add(AdvisoryCode.OverseasCardServiceNeedsSeparateContract);
            advisories.Add(AdvisoryCode.OverseasCardsDomesticPgLimits);
            if (Candidates(ProviderCapability.OverseasPgCards, [], r.ApiVersion).Length > 0)
            {
                advisories.Add(AdvisoryCode.OverseasPgsAlsoAvailable);
            }
        }

        var anyOtherThanOverseas = r.CardPayment || r.BankTransfer || r.VirtualAccount || r.RecurringCard is not null
            || r.EasyPay is not null || r.IdentityVerification is not null || r.MobileMicropayment is not null;
        if (r.BusinessRegisteredAbroad && anyOtherThanOverseas)
        {
            advisories.Add(AdvisoryCode.BusinessAbroadDomesticServicesUnconfirmed);
        }

        var recurring = r.RecurringCard is not null || r.MobileMicropayment?.Recurring == true || (r.OverseasCards && r.RecurringOverseasCards);
        if (recurring)
        {
            advisories.Add(AdvisoryCode.BillingKeyTiedToIssuingPg);
        }

        // Phone billing keys charge the same amount every month (paymethod.md).
        if (r.MobileMicropayment?.Recurring == true)
        {
            advisories.Add(AdvisoryCode.MobileBillingFixedAmount);
        }

        // Recurring card payments and easy pay: where easy pay can recur too, when the catalog knows any.
        if (r.RecurringCard is not null && r.EasyPay is { } recurringEasyPay && RecurringEasyPay(recurringEasyPay, packageBrands, r.ApiVersion).Providers.Length > 0)
        {
            advisories.Add(AdvisoryCode.RecurringEasyPayAvailable);
        }

        if (items.Count == 0)
        {
            advisories.Add(AdvisoryCode.NothingRequested);
        }

        if (r.ApiVersion is not null && unavailable.Count > 0)
        {
            advisories.Add(AdvisoryCode.PackageProviderUnavailableOnApiVersion);
        }

        // A direct-selection entry with no provider, or a brand outside the package with no company of its own.
        var outsideBrands = r.EasyPay is { Integration: EasyPayIntegration.Direct } d ? d.Brands.Where(b => !packageBrands.Contains(b)) : [];
        if (items.Any(i => i.Path == ApplicationPath.DirectSelection && i.Providers.Length == 0)
            || outsideBrands.Any(b => DirectRoute(b, r.ApiVersion).Providers.Length == 0))
        {
            advisories.Add(AdvisoryCode.NoKnownProvider);
        }

        // Existing contracts that can serve a requested service are a way to apply for it.
        var needs = Needs(r, packageBrands);
        foreach (var service in needs.Select(n => n.Service).Distinct().ToList())
        {
            var serving = needs.Where(n => n.Service == service).SelectMany(n => n.Candidates).Where(r.ExistingContracts.Contains).Distinct().Order().ToArray();
            if (serving.Length > 0)
            {
                items.Add(new(service, ApplicationPath.ExistingContract, null, serving, "ExistingContract.AddService"));
            }
        }

        // Overseas PGs with a caveat of their own, wherever an overseas-card entry names them.
        var overseasNamed = items.Where(i => i.Service == PaymentService.OverseasCardPayment).SelectMany(i => i.Providers).ToHashSet();
        if (overseasNamed.Contains(PaymentProvider.PayPal))
        {
            advisories.Add(AdvisoryCode.PayPalForeignBuyersOnly);
        }

        if (overseasNamed.Contains(PaymentProvider.Paymentwall))
        {
            advisories.Add(AdvisoryCode.PaymentwallAdmissionCriteria);
        }

        // KG Financial's contract page offers cards and mobile payments only; a contract asked for the others is told to ask.
        if (r.ExistingContracts.Contains(PaymentProvider.KgFinancial) && r.ApiVersion != PortOneApiVersion.V2
            && (r.BankTransfer || r.VirtualAccount || r.EasyPay?.Integration == EasyPayIntegration.Hub))
        {
            advisories.Add(AdvisoryCode.KgFinancialCardAndMobileOnly);
        }

        if (r.ApiVersion is { } version && r.ExistingContracts.Count > 0)
        {
            var anyVersion = Needs(r with { ApiVersion = null }, packageBrands).SelectMany(n => n.Candidates).ToHashSet();
            var thisVersion = needs.SelectMany(n => n.Candidates).ToHashSet();
            if (r.ExistingContracts.Any(p => anyVersion.Contains(p) && !thisVersion.Contains(p)))
            {
                advisories.Add(AdvisoryCode.ExistingContractUnavailableOnApiVersion);
            }
        }

        var packageProviders = offers.SelectMany(o => o.Providers).ToHashSet();
        var plan = PlanOracle.Plan(items, PlanNeeds(r, items, packageBrands), r.ExistingContracts, packageProviders, r.ApiVersion);
        if (plan.Contracts.Any(c => c.IsExisting))
        {
            advisories.Add(AdvisoryCode.ExistingContractExtended);
        }

        // Recurring cards or mobile micropayments (not cards issued abroad, which go to overseas PGs) with hub-type easy
        // pay from KG Inicis.
        var recurringDomestic = r.RecurringCard is not null || r.MobileMicropayment?.Recurring == true;
        if (recurringDomestic && r.EasyPay?.Integration == EasyPayIntegration.Hub
            && plan.Contracts.Any(c => c.Provider == PaymentProvider.KgInicis && c.Services.Contains(PaymentService.EasyPay)))
        {
            advisories.Add(AdvisoryCode.InicisHubEasyPayNotForRecurring);
        }

        // Advisories about the provider the plan uses for a service, as the pinned catalog lists them.
        PaymentProvider? Planned(PaymentService service) => plan.Contracts.FirstOrDefault(c => c.Services.Contains(service))?.Provider;
        var recurringPg = Planned(PaymentService.RecurringCardPayment);
        if (r.RecurringCard?.Issuance == BillingKeyIssuance.PaymentWindow && Concerns(AdvisoryCode.RecurringCertificateOnPc, recurringPg, r.ApiVersion))
        {
            advisories.Add(AdvisoryCode.RecurringCertificateOnPc);
        }

        if (r.OverseasCards && Concerns(AdvisoryCode.OverseasCardsClosedToContent, Planned(PaymentService.OverseasCardPayment), r.ApiVersion))
        {
            advisories.Add(AdvisoryCode.OverseasCardsClosedToContent);
        }

        if (r.RecurringCard is not null && Concerns(AdvisoryCode.BrokeragePlatformsHardToOnboard, recurringPg, r.ApiVersion))
        {
            advisories.Add(AdvisoryCode.BrokeragePlatformsHardToOnboard);
        }

        if (r.RecurringCard?.Issuance == BillingKeyIssuance.Api && Concerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, recurringPg, r.ApiVersion))
        {
            advisories.Add(AdvisoryCode.ApiBillingKeyNeedsPriorContract);
        }

        // Paymentwall's channel page: test payments are real card payments (and recurring makes a first payment).
        if (r.OverseasCards && Concerns(AdvisoryCode.PaymentwallTestPaymentsAreReal, Planned(PaymentService.OverseasCardPayment), r.ApiVersion))
        {
            advisories.Add(AdvisoryCode.PaymentwallTestPaymentsAreReal);
        }

        // NaverPay (결제형) reviews only after a PG is live with a month of sales: a new NaverPay contract is told.
        if (plan.Contracts.Any(c => !c.IsExisting && Concerns(AdvisoryCode.NaverPayNeedsPgSalesFirst, c.Provider, r.ApiVersion)))
        {
            advisories.Add(AdvisoryCode.NaverPayNeedsPgSalesFirst);
        }

        var benefits = plan.Contracts.Any(c => !c.IsExisting && c.Routes.Any(route => route.Path == ApplicationPath.RecommendedPackage))
            ? BenefitsOf(edition)
            : [];
        return new Expected(
            items.OrderBy(i => i.Service).ThenBy(i => PathRank(i.Path)).ToList(),
            advisories.ToList(),
            benefits,
            plan);
    }

    public static int PathRank(ApplicationPath path) => path switch
    {
        ApplicationPath.RecommendedPackage => 0,
        ApplicationPath.ExistingContract => 1,
        _ => 2,
    };

    /// <summary>What the plan must cover, from the entries alone: per service, the providers its entries name; direct
    /// easy pay per brand (the requested brands, or the package's), among the named companies that carry it.</summary>
    public static List<PlanOracle.Need> PlanNeeds(MerchantRequirements r, IReadOnlyList<ExpectedItem> items, IReadOnlyCollection<EasyPayBrand> packageBrands)
    {
        var needs = new List<PlanOracle.Need>();
        foreach (var group in items.GroupBy(i => i.Service))
        {
            var named = group.SelectMany(i => i.Providers).Distinct().Order().ToArray();
            var capability = Needs(r, packageBrands).First(n => n.Service == group.Key).Capability;
            if (named.Length == 0)
            {
                needs.Add(new(group.Key, capability, []));
            }
            else if (group.Key == PaymentService.EasyPay && r.EasyPay is { Integration: EasyPayIntegration.Direct })
            {
                var brands = r.EasyPay.Brands.Count == 0 ? packageBrands : r.EasyPay.Brands;
                foreach (var brand in brands.Distinct())
                {
                    var route = DirectRoute(brand, r.ApiVersion);
                    var companies = named.Where(route.Providers.Contains).ToArray();
                    if (companies.Length > 0)
                    {
                        needs.Add(new(group.Key, route.ThroughPg ? ProviderCapability.HubEasyPay : capability, companies));
                    }
                }
            }
            else
            {
                needs.Add(new(group.Key, capability, named));
            }
        }

        return needs;
    }

    /// <summary>Recurring easy pay for the requested brands (none: the package's for a direct contract, any for hub-type):
    /// the providers of the integration's recurring capability that carry one of them, and the brands they cover.</summary>
    public static (PaymentProvider[] Providers, EasyPayBrand[] Brands) RecurringEasyPay(
        EasyPayRequirement easyPay, IReadOnlyCollection<EasyPayBrand> packageBrands, PortOneApiVersion? api)
    {
        var capability = easyPay.Integration == EasyPayIntegration.Hub ? ProviderCapability.RecurringHubEasyPay : ProviderCapability.RecurringDirectEasyPay;
        IEnumerable<EasyPayBrand> brands = easyPay.Brands.Count > 0 ? easyPay.Brands
            : easyPay.Integration == EasyPayIntegration.Direct ? packageBrands
            : Enum.GetValues<EasyPayBrand>();
        var covered = brands.Distinct().Where(b => Candidates(capability, [b], api).Length > 0).Order().ToArray();
        return (covered.SelectMany(b => Candidates(capability, [b], api)).Distinct().Order().ToArray(), covered);
    }

    /// <summary>A brand asked for as a direct contract: its easy-pay company, or, where it has none on the version, the
    /// PGs that carry it (PG 제휴).</summary>
    public static (PaymentProvider[] Providers, bool ThroughPg) DirectRoute(EasyPayBrand brand, PortOneApiVersion? api)
    {
        var companies = Candidates(ProviderCapability.DirectEasyPay, [brand], api);
        return companies.Length > 0 ? (companies, false) : (Candidates(ProviderCapability.HubEasyPay, [brand], api), true);
    }

    /// <summary>The providers of a capability that carry every brand and serve the API version, in enum order.</summary>
    public static PaymentProvider[] Candidates(ProviderCapability capability, IEnumerable<EasyPayBrand> brands, PortOneApiVersion? api)
    {
        var wanted = brands.Distinct().Order().ToArray();
        return CandidateMemo.GetOrAdd(
            (capability, string.Join(",", wanted), api),
            _ => Capabilities
                .Where(c => c.Capability == capability && wanted.All(c.Brands.Contains) && Serves(c.Api, api))
                .Select(c => c.Provider)
                .Distinct()
                .Order()
                .ToArray());
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(ProviderCapability, string, PortOneApiVersion?), PaymentProvider[]> CandidateMemo = new();

    public static bool Serves(ApiVersionSet set, PortOneApiVersion? api) => api switch
    {
        null => set != ApiVersionSet.None,
        PortOneApiVersion.V1 => set.HasFlag(ApiVersionSet.V1),
        _ => set.HasFlag(ApiVersionSet.V2),
    };

    /// <summary>What each requested service takes from the catalog: one need per service, direct easy pay one per brand
    /// (the package's brands when none are named), hub easy pay one for all its brands; candidates from the catalog.</summary>
    public static List<PlanOracle.Need> Needs(MerchantRequirements r, IReadOnlyCollection<EasyPayBrand> packageBrands)
    {
        var needs = new List<PlanOracle.Need>();
        void Add(PaymentService service, ProviderCapability capability, params EasyPayBrand[] brands) =>
            needs.Add(new(service, capability, Candidates(capability, brands, r.ApiVersion)));

        if (r.CardPayment)
        {
            Add(PaymentService.CardPayment, ProviderCapability.CardPayment);
        }

        if (r.BankTransfer)
        {
            Add(PaymentService.BankTransfer, ProviderCapability.BankTransfer);
        }

        if (r.VirtualAccount)
        {
            Add(PaymentService.VirtualAccount, ProviderCapability.VirtualAccount);
        }

        if (r.RecurringCard is { } recurring)
        {
            Add(PaymentService.RecurringCardPayment, recurring.Issuance == BillingKeyIssuance.Api
                ? ProviderCapability.RecurringCardApi
                : ProviderCapability.RecurringCardPaymentWindow);
        }

        if (r.EasyPay is { Integration: EasyPayIntegration.Hub } hub)
        {
            Add(PaymentService.EasyPay, ProviderCapability.HubEasyPay, [.. hub.Brands]);
        }
        else if (r.EasyPay is { } direct)
        {
            foreach (var brand in (direct.Brands.Count == 0 ? packageBrands : direct.Brands).Distinct())
            {
                var route = DirectRoute(brand, r.ApiVersion);
                needs.Add(new(PaymentService.EasyPay, route.ThroughPg ? ProviderCapability.HubEasyPay : ProviderCapability.DirectEasyPay, route.Providers));
            }
        }

        if (r.IdentityVerification is { } identity)
        {
            // KG Inicis' 통합인증 cannot serve age restrictions (성인 업종 불가): a capability of its own.
            Add(PaymentService.IdentityVerification, identity.Purpose == VerificationPurpose.AgeRestriction
                ? ProviderCapability.AgeRestrictedIdentityVerification
                : ProviderCapability.IdentityVerification);
        }

        if (r.MobileMicropayment is { } mobile)
        {
            if (mobile.Recurring)
            {
                Add(PaymentService.MobileMicropaymentRecurring, ProviderCapability.RecurringMobileMicropayment);
            }
            else
            {
                Add(PaymentService.MobileMicropayment, ProviderCapability.MobileMicropayment);
            }
        }

        if (r.OverseasCards)
        {
            Add(PaymentService.OverseasCardPayment, (r.BusinessRegisteredAbroad, r.RecurringOverseasCards) switch
            {
                (false, false) => ProviderCapability.OverseasCards,
                (false, true) => ProviderCapability.OverseasPgRecurringCards,
                (true, false) => ProviderCapability.OverseasPgCardsBusinessAbroad,
                (true, true) => ProviderCapability.OverseasPgRecurringCardsBusinessAbroad,
            });
        }

        return needs;
    }

    private static ApiVersionSet OfferApi(PackageItem item, PaymentProvider provider)
    {
        var capability = item switch
        {
            PackageItem.CardGeneral => ProviderCapability.CardPayment,
            PackageItem.CardRecurring => ProviderCapability.RecurringCardApi,
            PackageItem.EasyPay => ProviderCapability.DirectEasyPay,
            _ => ProviderCapability.IdentityVerification,
        };
        return Capabilities.Single(c => c.Provider == provider && c.Capability == capability).Api;
    }

    /// <summary>Every requirement profile: each switch, each enum value, each subset of the six brands for both
    /// integrations (74,304 profiles). The overseas fields are varied only where they change something, without adding
    /// profiles: overseas cards take one of four variants (one-time or recurring, business registered in Korea or
    /// abroad) and the other profiles are for a business registered in Korea or abroad, in turns that pair every variant
    /// with every value of the other fields (<see cref="OverseasVariant"/>).</summary>
    public static IEnumerable<MerchantRequirements> AllProfiles()
    {
        RecurringCardRequirement?[] recurring = [null, new(BillingKeyIssuance.Api), new(BillingKeyIssuance.PaymentWindow)];
        IdentityVerificationRequirement?[] identity =
            [null, .. Enum.GetValues<VerificationPurpose>().Select(p => new IdentityVerificationRequirement(p))];
        MobileMicropaymentRequirement?[] mobile = [null, new(false), new(true)];
        var easyPay = new List<EasyPayRequirement?> { null };
        var brands = Enum.GetValues<EasyPayBrand>();
        foreach (var integration in Enum.GetValues<EasyPayIntegration>())
        {
            for (var mask = 0; mask < 1 << brands.Length; mask++)
            {
                var subset = brands.Where(b => (mask & (1 << (int)b)) != 0).ToArray();
                easyPay.Add(new EasyPayRequirement { Brands = subset, Integration = integration });
            }
        }

        bool[] flags = [false, true];
        foreach (var card in flags)
        {
            foreach (var transfer in flags)
            {
                foreach (var virtualAccount in flags)
                {
                    foreach (var overseas in flags)
                    {
                        var outer = (card ? 4 : 0) + (transfer ? 2 : 0) + (virtualAccount ? 1 : 0);
                        var inner = 0;
                        foreach (var rc in recurring)
                        {
                            foreach (var ep in easyPay)
                            {
                                foreach (var iv in identity)
                                {
                                    foreach (var mm in mobile)
                                    {
                                        var (recurringOverseas, abroad) = OverseasVariant(overseas, outer, inner++);
                                        yield return new MerchantRequirements
                                        {
                                            CardPayment = card,
                                            BankTransfer = transfer,
                                            VirtualAccount = virtualAccount,
                                            RecurringCard = rc,
                                            EasyPay = ep,
                                            IdentityVerification = iv,
                                            MobileMicropayment = mm,
                                            OverseasCards = overseas,
                                            RecurringOverseasCards = recurringOverseas,
                                            BusinessRegisteredAbroad = abroad,
                                        };
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The overseas fields of a profile: with overseas cards, one of the four variants (one-time or recurring;
    /// registered in Korea or abroad), without them, registered in Korea or abroad. The variant turns with the profile's
    /// position in its block of the other fields (<paramref name="inner"/>) and with the block of the three general
    /// payment switches (<paramref name="outer"/>), so that each combination of the other fields meets every variant
    /// across the blocks.</summary>
    public static (bool RecurringOverseas, bool Abroad) OverseasVariant(bool overseas, int outer, int inner) =>
        overseas
            ? ((outer + inner) % 4) switch
            {
                0 => (false, false),
                1 => (true, false),
                2 => (false, true),
                _ => (true, true),
            }
            : (false, (outer + inner) % 2 == 1);

    internal sealed record ExpectedItem(
        PaymentService Service,
        ApplicationPath Path,
        PackageItem? PackageItem,
        PaymentProvider[] Providers,
        string RuleName);

    internal sealed record Expected(
        IReadOnlyList<ExpectedItem> Items,
        IReadOnlyList<AdvisoryCode> Advisories,
        IReadOnlyList<BenefitCode> Benefits,
        ContractPlan Plan);
}
