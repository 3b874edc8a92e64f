using System;
using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Writes a <see cref="RecommendationResult"/> from <see cref="Decisions"/> and the call's <see cref="CallFacts"/>, the
/// way a hand-written service would: the entries are the library's <see cref="RecommendationFact"/> values, made with
/// the same providers and texts as the built-in rules; the contract plan is the library's <c>ContractPlanner</c> run on
/// those entries (as the rule <c>ContractPlan.FromEntries</c> does); the plan stage's decisions come from a callback
/// (the floor's if/else or the RulesEngine's second workflow). Texts are the library's resources written through the
/// library's text cache; the fixed console steps and advisories are written once at construction. Shared by the floor
/// and the RulesEngine contestant. Fired rules are left empty: they are a diagnostic outside result equality.
/// </summary>
internal sealed class ResultWriter
{
    /// <summary>The decisions whose entry goes through the package's one-time card item.</summary>
    internal const Decisions CardGeneralDecisions = Decisions.CardPayment | Decisions.BankTransferIncluded | Decisions.VirtualAccountIncluded;

    /// <summary>The decisions whose entry goes through the package's easy pay item.</summary>
    internal const Decisions EasyPayPackageDecisions = Decisions.EasyPayAnyBrand | Decisions.EasyPayPackageBrands;

    internal static readonly PaymentService[] Services = Enum.GetValues<PaymentService>();

    /// <summary>The decisions whose entry is about cards issued abroad.</summary>
    private const Decisions AnyOverseasEntry = Decisions.OverseasCards | Decisions.OverseasCardsRecurring | Decisions.OverseasCardsBusinessAbroad;

    private const string IncludedMethodRule = "GeneralPayment.IncludedMethod.RecommendedPackage";
    private const string ExistingContractRule = "ExistingContract.AddService";

    /// <summary>The advisories without arguments: the decision that brings each, its service, and whether its text cites
    /// the catalog's source.</summary>
    private static readonly (AdvisoryCode Code, Decisions Decision, PaymentService? Service, bool Sourced)[] FixedAdvisories =
    [
        (AdvisoryCode.NothingRequested, Decisions.NothingRequested, null, false),
        (AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount, Decisions.GeneralPaymentCoversTransferAndVirtualAccount, null, true),
        (AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection, Decisions.RecurringCardPaymentWindow, PaymentService.RecurringCardPayment, false),
        (AdvisoryCode.HubEasyPayExtraMerchantId, Decisions.EasyPayHub, PaymentService.EasyPay, false),
        (AdvisoryCode.IdentityVerificationSeparateSignup, Decisions.IdentityVerification, PaymentService.IdentityVerification, false),
        (AdvisoryCode.DanalPhoneVerificationDiffers, Decisions.DanalPhoneVerificationDiffers, PaymentService.IdentityVerification, true),
        (AdvisoryCode.OverseasCardServiceNeedsSeparateContract, Decisions.OverseasCards, PaymentService.OverseasCardPayment, false),
        (AdvisoryCode.BillingKeyTiedToIssuingPg, Decisions.BillingKeyTiedToIssuingPg, null, true),
        (AdvisoryCode.HubAndDirectEasyPayExclusive, Decisions.EasyPayHub, PaymentService.EasyPay, true),
        (AdvisoryCode.InicisHubEasyPayNotForRecurring, Decisions.InicisHubEasyPayNotForRecurring, PaymentService.EasyPay, true),
        (AdvisoryCode.OverseasCardsDomesticPgLimits, AnyOverseasEntry, PaymentService.OverseasCardPayment, true),
        (AdvisoryCode.EscrowForCashPayments, Decisions.EscrowForCashPayments, null, true),
        (AdvisoryCode.HubEasyPayTestPaymentsAreReal, Decisions.EasyPayHub, PaymentService.EasyPay, true),
        (AdvisoryCode.AgeCheckUsesBirthDate, Decisions.AgeCheckUsesBirthDate, PaymentService.IdentityVerification, true),
        (AdvisoryCode.MobileBillingFixedAmount, Decisions.MobileBillingFixedAmount, PaymentService.MobileMicropaymentRecurring, true),
        (AdvisoryCode.PayPalForeignBuyersOnly, Decisions.PayPalForeignBuyersOnly, PaymentService.OverseasCardPayment, true),
        (AdvisoryCode.PaymentwallAdmissionCriteria, Decisions.PaymentwallAdmissionCriteria, PaymentService.OverseasCardPayment, true),
        (AdvisoryCode.BusinessAbroadDomesticServicesUnconfirmed, Decisions.BusinessAbroadDomesticServicesUnconfirmed, null, false),
        (AdvisoryCode.KgFinancialCardAndMobileOnly, Decisions.KgFinancialCardAndMobileOnly, null, true),
    ];

    /// <summary>The advisories about the provider the plan uses for a service: the decision that brings each and that
    /// service.</summary>
    private static readonly (AdvisoryCode Code, Decisions Decision, PaymentService Service)[] ProviderAdvisories =
    [
        (AdvisoryCode.RecurringCertificateOnPc, Decisions.RecurringCertificateOnPc, PaymentService.RecurringCardPayment),
        (AdvisoryCode.OverseasCardsClosedToContent, Decisions.OverseasCardsClosedToContent, PaymentService.OverseasCardPayment),
        (AdvisoryCode.BrokeragePlatformsHardToOnboard, Decisions.BrokeragePlatformsHardToOnboard, PaymentService.RecurringCardPayment),
        (AdvisoryCode.ApiBillingKeyNeedsPriorContract, Decisions.ApiBillingKeyNeedsPriorContract, PaymentService.RecurringCardPayment),
        (AdvisoryCode.PaymentwallTestPaymentsAreReal, Decisions.PaymentwallTestPaymentsAreReal, PaymentService.OverseasCardPayment),
    ];

    private readonly TextLanguage _language;
    private readonly TextCache _texts = new();
    private readonly PackageEdition _edition = new RecommendationEngine(new RecommendationOptions()).PackageEdition;
    private readonly ValueList<string>[] _packageSteps;
    private readonly ValueList<string> _recurringWindowSteps;
    private readonly ValueList<string> _hubSteps;
    private readonly ValueList<string> _mobileSteps;
    private readonly ValueList<string> _mobileRecurringSteps;
    private readonly ValueList<string> _overseasSteps;
    private readonly ValueList<string> _overseasRecurringSteps;
    private readonly ValueList<string> _overseasAbroadSteps;
    private readonly ValueList<string> _overseasAbroadRecurringSteps;
    private readonly ValueList<string> _existingSteps;
    private readonly ValueList<string>[] _otherBrandSteps = new ValueList<string>[EasyPayBrandSet.MaskCount];
    private readonly Advisory?[] _fixedAdvisories = new Advisory?[Enum.GetValues<AdvisoryCode>().Length];
    private readonly Decisions[] _fixedDecisions = new Decisions[Enum.GetValues<AdvisoryCode>().Length];
    private readonly ValueList<PartnerBenefit> _benefits;

    public ResultWriter(TextLanguage language)
    {
        _language = language;
        Tables = new CatalogTables(_edition);
        _packageSteps = Array.ConvertAll(Enum.GetValues<PackageItem>(), item => Steps(ApplicationPath.RecommendedPackage, ConsolePaths.PackageItem(item)));
        _recurringWindowSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.RecurringCardPaymentWindow);
        _hubSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.HubEasyPay);
        _mobileSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.MobileMicropayment);
        _mobileRecurringSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.RecurringMobileMicropayment);
        _overseasSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.OverseasCards);
        _overseasRecurringSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.RecurringOverseasPgCards);
        _overseasAbroadSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.OverseasPgCards);
        _overseasAbroadRecurringSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.OverseasPgCardsRecurring);
        _existingSteps = Steps(ApplicationPath.ExistingContract, ConsolePaths.ExistingContract);
        for (var mask = 1; mask < EasyPayBrandSet.MaskCount; mask++)
        {
            _otherBrandSteps[mask] = Steps(ApplicationPath.DirectSelection, ConsolePaths.EasyPayBrands(EasyPayBrandSet.FromMask(mask)));
        }

        foreach (var (code, decision, service, sourced) in FixedAdvisories)
        {
            _fixedAdvisories[(int)code] = new Advisory(code, service, _texts.Resolve(AdvisoryText(code, sourced), language));
            _fixedDecisions[(int)code] = decision;
        }

        // The partner benefits are edition data: the ones the writer's package edition lists, in code order.
        var benefitCodes = new List<BenefitCode>(ProviderCatalog.Default.Edition(_edition).BenefitCodes);
        _benefits = ValueList<PartnerBenefit>.Own([.. benefitCodes.ConvertAll(code => _texts.Benefit(code, language))]);
    }

    /// <summary>Gets the catalog lookups, in the engine's default package edition.</summary>
    public CatalogTables Tables { get; }

    /// <summary>Writes the entries of the entry-stage decisions, plans contracts from them, asks
    /// <paramref name="decidePlanned"/> for the plan-stage decisions, and writes the result.</summary>
    public RecommendationResult Write(CallFacts call, Decisions decisions, Func<CallFacts, ContractPlan, Decisions> decidePlanned)
    {
        var entries = new Entries(this);
        var view = call.View;

        // Entries in result order: by service, then package, existing contract, direct selection.
        if (decisions.Has(Decisions.CardPayment))
        {
            var providers = view.Providers(PackageItem.CardGeneral);
            entries.Add(RecommendationFact.ViaPackage(PaymentService.CardPayment, PackageItem.CardGeneral, providers, Text(TextKeys.ReasonCardPaymentPackage, providers)), _packageSteps[(int)PackageItem.CardGeneral], "CardPayment.RecommendedPackage");
        }

        entries.AddExisting(call, decisions, PaymentService.CardPayment);
        if (decisions.Has(Decisions.BankTransferIncluded))
        {
            entries.Add(IncludedMethod(view, PaymentService.BankTransfer), _packageSteps[(int)PackageItem.CardGeneral], IncludedMethodRule);
        }

        entries.AddExisting(call, decisions, PaymentService.BankTransfer);
        if (decisions.Has(Decisions.VirtualAccountIncluded))
        {
            entries.Add(IncludedMethod(view, PaymentService.VirtualAccount), _packageSteps[(int)PackageItem.CardGeneral], IncludedMethodRule);
        }

        entries.AddExisting(call, decisions, PaymentService.VirtualAccount);
        if (decisions.Has(Decisions.RecurringCardApi))
        {
            var providers = view.Providers(PackageItem.CardRecurring);
            entries.Add(RecommendationFact.ViaPackage(PaymentService.RecurringCardPayment, PackageItem.CardRecurring, providers, Text(TextKeys.ReasonRecurringCardApiPackage, providers)), _packageSteps[(int)PackageItem.CardRecurring], "RecurringCard.Api.RecommendedPackage");
        }

        entries.AddExisting(call, decisions, PaymentService.RecurringCardPayment);
        if (decisions.Has(Decisions.RecurringCardPaymentWindow))
        {
            entries.Add(RecommendationFact.ViaDirectSelection(PaymentService.RecurringCardPayment, call.Candidates(ProviderCapability.RecurringCardPaymentWindow), Text(TextKeys.ReasonRecurringCardPaymentWindowDirect), ConsolePaths.RecurringCardPaymentWindow), _recurringWindowSteps, "RecurringCard.PaymentWindow.DirectSelection");
        }

        if (decisions.Has(Decisions.EasyPayAnyBrand))
        {
            var providers = view.Providers(PackageItem.EasyPay);
            entries.Add(RecommendationFact.ViaPackage(PaymentService.EasyPay, PackageItem.EasyPay, providers, Text(TextKeys.ReasonEasyPayPackageAnyBrand, providers)), _packageSteps[(int)PackageItem.EasyPay], "EasyPay.AnyBrand.RecommendedPackage");
        }

        if (decisions.Has(Decisions.EasyPayPackageBrands))
        {
            var brands = call.PackageBrands;
            entries.Add(RecommendationFact.ViaPackage(PaymentService.EasyPay, PackageItem.EasyPay, view.EasyPayProviders(brands), Text(TextKeys.ReasonEasyPayPackageRequestedBrands, brands)), _packageSteps[(int)PackageItem.EasyPay], "EasyPay.PackageBrands.RecommendedPackage");
        }

        entries.AddExisting(call, decisions, PaymentService.EasyPay);
        if (decisions.Has(Decisions.EasyPayOtherBrands))
        {
            var brands = call.OtherBrands;
            entries.Add(RecommendationFact.ViaDirectSelection(PaymentService.EasyPay, call.OtherBrandCompanies.ToArray(), Text(TextKeys.ReasonEasyPayOtherBrandsDirect, brands), ConsolePaths.EasyPayBrands(brands)), _otherBrandSteps[brands.Mask], "EasyPay.OtherBrands.DirectSelection");
        }

        if (decisions.Has(Decisions.EasyPayHub))
        {
            var brands = call.Requirements.EasyPayBrands;
            var reason = brands.IsEmpty ? Text(TextKeys.ReasonEasyPayHubDirectAnyBrand) : Text(TextKeys.ReasonEasyPayHubDirectRequestedBrands, brands);
            entries.Add(RecommendationFact.ViaDirectSelection(PaymentService.EasyPay, call.Candidates(ProviderCapability.HubEasyPay, brands), reason, ConsolePaths.HubEasyPay), _hubSteps, "EasyPay.Hub.DirectSelection");
        }

        if (decisions.Has(Decisions.IdentityVerification))
        {
            var providers = view.Providers(PackageItem.IdentityVerification);
            var reason = Text(TextKeys.ReasonIdentityVerificationPackage, call.Requirements.IdentityVerification!.Value, providers);
            entries.Add(RecommendationFact.ViaPackage(PaymentService.IdentityVerification, PackageItem.IdentityVerification, providers, reason), _packageSteps[(int)PackageItem.IdentityVerification], "IdentityVerification.RecommendedPackage");
        }

        entries.AddExisting(call, decisions, PaymentService.IdentityVerification);
        entries.AddExisting(call, decisions, PaymentService.MobileMicropayment);
        if (decisions.Has(Decisions.MobileMicropayment))
        {
            entries.Add(RecommendationFact.ViaDirectSelection(PaymentService.MobileMicropayment, call.Candidates(ProviderCapability.MobileMicropayment), Text(TextKeys.ReasonMobileMicropaymentDirect), ConsolePaths.MobileMicropayment), _mobileSteps, "MobileMicropayment.DirectSelection");
        }

        entries.AddExisting(call, decisions, PaymentService.MobileMicropaymentRecurring);
        if (decisions.Has(Decisions.MobileMicropaymentRecurring))
        {
            entries.Add(RecommendationFact.ViaDirectSelection(PaymentService.MobileMicropaymentRecurring, call.Candidates(ProviderCapability.RecurringMobileMicropayment), Text(TextKeys.ReasonMobileMicropaymentRecurringDirect), ConsolePaths.RecurringMobileMicropayment), _mobileRecurringSteps, "MobileMicropayment.Recurring.DirectSelection");
        }

        entries.AddExisting(call, decisions, PaymentService.OverseasCardPayment);
        if (decisions.Has(Decisions.OverseasCards))
        {
            entries.Add(RecommendationFact.ViaDirectSelection(PaymentService.OverseasCardPayment, call.Candidates(ProviderCapability.OverseasCards), Text(TextKeys.ReasonOverseasCardDirect), ConsolePaths.OverseasCards), _overseasSteps, "OverseasCard.DirectSelection");
        }

        if (decisions.Has(Decisions.OverseasCardsRecurring))
        {
            entries.Add(RecommendationFact.ViaDirectSelection(PaymentService.OverseasCardPayment, call.Candidates(ProviderCapability.OverseasPgRecurringCards), Text(TextKeys.ReasonOverseasCardRecurringOverseasPgDirect), ConsolePaths.RecurringOverseasPgCards), _overseasRecurringSteps, "OverseasCard.Recurring.OverseasPg.DirectSelection");
        }

        if (decisions.Has(Decisions.OverseasCardsBusinessAbroad))
        {
            var recurring = call.Requirements.RecurringOverseasCards;
            entries.Add(
                RecommendationFact.ViaDirectSelection(PaymentService.OverseasCardPayment, call.Candidates(call.OverseasCapability), Text(TextKeys.ReasonOverseasCardBusinessAbroadDirect), recurring ? ConsolePaths.OverseasPgCardsRecurring : ConsolePaths.OverseasPgCards),
                recurring ? _overseasAbroadRecurringSteps : _overseasAbroadSteps,
                "OverseasCard.BusinessAbroad.DirectSelection");
        }

        // The plan from the entries, then what depends on it.
        var plan = entries.Facts.Count == 0 ? ContractPlan.Empty : ContractPlanner.Plan(entries.Facts, call.Context);
        decisions |= decidePlanned(call, plan);
        return new RecommendationResult(
            ValueList<ServiceRecommendation>.Own([.. entries.Results]),
            Advisories(call, decisions, plan, entries.Facts),
            decisions.Has(Decisions.PartnerBenefits) ? _benefits : ValueList<PartnerBenefit>.Empty,
            ValueList<string>.Empty)
        {
            ContractPlan = plan,
            Edition = _edition,
        };
    }

    /// <summary>The advisories in <see cref="AdvisoryCode"/> order.</summary>
    private ValueList<Advisory> Advisories(CallFacts call, Decisions decisions, ContractPlan plan, List<RecommendationFact> facts)
    {
        var advisories = new List<Advisory>(8);
        var codes = _fixedAdvisories;
        for (var code = 0; code < codes.Length; code++)
        {
            switch ((AdvisoryCode)code)
            {
                case AdvisoryCode.EasyPayBrandNotInPackage when decisions.Has(Decisions.EasyPayOtherBrands):
                    advisories.Add(new Advisory(AdvisoryCode.EasyPayBrandNotInPackage, PaymentService.EasyPay, _texts.Resolve(Text(TextKeys.AdvisoryEasyPayBrandNotInPackage, call.OtherBrands), _language)));
                    break;
                case AdvisoryCode.PackageProviderUnavailableOnApiVersion when decisions.Has(Decisions.PackageProviderUnavailableOnApiVersion):
                    var unavailable = ProviderSet.Empty;
                    foreach (var fact in facts)
                    {
                        unavailable = fact.PackageItem is { } item ? unavailable.Union(ProviderSet.Of(call.View.UnavailableProviders(item))) : unavailable;
                    }

                    advisories.Add(Sourced(call, AdvisoryCode.PackageProviderUnavailableOnApiVersion, null, unavailable.ToArray(), call.ApiVersion!.Value));
                    break;
                case AdvisoryCode.EasyPayOnlyThroughPg when decisions.Has(Decisions.EasyPayOnlyThroughPg):
                    advisories.Add(Sourced(call, AdvisoryCode.EasyPayOnlyThroughPg, PaymentService.EasyPay, call.ThroughPgBrands));
                    break;
                case AdvisoryCode.OverseasPgsAlsoAvailable when decisions.Has(Decisions.OverseasPgsAlsoAvailable):
                    advisories.Add(Sourced(call, AdvisoryCode.OverseasPgsAlsoAvailable, PaymentService.OverseasCardPayment, call.Candidates(ProviderCapability.OverseasPgCards)));
                    break;
                case AdvisoryCode.OverseasPgKoreanBusinessesOnly when decisions.Has(Decisions.OverseasPgKoreanBusinessesOnly):
                    var (excluded, urls, _) = call.OverseasPgsAbroad();
                    advisories.Add(new Advisory(AdvisoryCode.OverseasPgKoreanBusinessesOnly, PaymentService.OverseasCardPayment, _texts.Resolve(AdvisoryText(AdvisoryCode.OverseasPgKoreanBusinessesOnly, false, excluded.ToArray(), urls), _language)));
                    break;
                case AdvisoryCode.OverseasPgBusinessConditionUnstated when decisions.Has(Decisions.OverseasPgBusinessConditionUnstated):
                    advisories.Add(new Advisory(AdvisoryCode.OverseasPgBusinessConditionUnstated, PaymentService.OverseasCardPayment, _texts.Resolve(AdvisoryText(AdvisoryCode.OverseasPgBusinessConditionUnstated, false, call.OverseasPgsAbroad().Unstated.ToArray()), _language)));
                    break;
                case AdvisoryCode.NoKnownProvider when decisions.Has(Decisions.NoKnownProvider):
                    advisories.Add(NoKnownProvider(call, decisions));
                    break;
                case AdvisoryCode.ExistingContractExtended when decisions.Has(Decisions.ExistingContractExtended):
                    var existing = new List<PaymentProvider>(4);
                    foreach (var contract in plan.Contracts)
                    {
                        if (contract.IsExisting)
                        {
                            existing.Add(contract.Provider);
                        }
                    }

                    advisories.Add(Sourced(call, AdvisoryCode.ExistingContractExtended, null, existing.ToArray()));
                    break;
                case AdvisoryCode.ExistingContractUnavailableOnApiVersion when decisions.Has(Decisions.ExistingContractUnavailableOnApiVersion):
                    advisories.Add(Sourced(call, AdvisoryCode.ExistingContractUnavailableOnApiVersion, null, call.ExistingUnavailable.ToArray(), call.ApiVersion!.Value));
                    break;
                case AdvisoryCode.RecurringEasyPayAvailable when decisions.Has(Decisions.RecurringEasyPayAvailable):
                    var (recurringProviders, recurringBrands) = call.RecurringEasyPay;
                    advisories.Add(call.Requirements.EasyPay == EasyPayIntegration.Hub
                        ? SourcedWithText(call, AdvisoryCode.RecurringEasyPayAvailable, TextKeys.AdvisoryRecurringEasyPayAvailableHub, PaymentService.EasyPay, recurringProviders.ToArray(), recurringBrands)
                        : recurringProviders.Contains(PaymentProvider.KakaoPay) && call.Context.AdvisoryConcerns(AdvisoryCode.RecurringEasyPayAvailable, PaymentProvider.KakaoPay)
                            ? SourcedWithText(call, AdvisoryCode.RecurringEasyPayAvailable, TextKeys.AdvisoryRecurringEasyPayAvailableKakaoPay, PaymentService.EasyPay, recurringProviders.ToArray(), call.Catalog.AdvisorySourceUrl(AdvisoryCode.RecurringEasyPayAvailable, PaymentProvider.KakaoPay))
                            : Sourced(call, AdvisoryCode.RecurringEasyPayAvailable, PaymentService.EasyPay, recurringProviders.ToArray()));
                    break;
                case AdvisoryCode.NaverPayNeedsPgSalesFirst when decisions.Has(Decisions.NaverPayNeedsPgSalesFirst):
                    foreach (var contract in plan.Contracts)
                    {
                        if (!contract.IsExisting && call.Context.AdvisoryConcerns(AdvisoryCode.NaverPayNeedsPgSalesFirst, contract.Provider))
                        {
                            advisories.Add(new Advisory(AdvisoryCode.NaverPayNeedsPgSalesFirst, PaymentService.EasyPay, _texts.Resolve(
                                LocalizableText.FromResource("Advisory." + nameof(AdvisoryCode.NaverPayNeedsPgSalesFirst), contract.Provider, call.Catalog.AdvisorySourceUrl(AdvisoryCode.NaverPayNeedsPgSalesFirst, contract.Provider)),
                                _language)));
                            break;
                        }
                    }

                    break;
                default:
                    foreach (var (providerCode, decision, service) in ProviderAdvisories)
                    {
                        if ((int)providerCode == code && decisions.Has(decision))
                        {
                            var provider = PlannedProvider(plan, service);
                            advisories.Add(new Advisory(providerCode, service, _texts.Resolve(
                                LocalizableText.FromResource(ProviderAdvisoryText(providerCode, provider, call.Requirements.RecurringOverseasCards), provider, call.Catalog.AdvisorySourceUrl(providerCode, provider)),
                                _language)));
                        }
                    }

                    if (codes[code] is { } fixedAdvisory && decisions.Has(_fixedDecisions[code]))
                    {
                        advisories.Add(fixedAdvisory);
                    }

                    break;
            }
        }

        return ValueList<Advisory>.Own([.. advisories]);
    }

    /// <summary>The text of an advisory about one provider: NHN KCP's certificate step is hedged, as its page says it;
    /// Paymentwall's test advisory adds the first recurring payment when recurring payments are asked.</summary>
    private static string ProviderAdvisoryText(AdvisoryCode code, PaymentProvider provider, bool recurringOverseas) =>
        code == AdvisoryCode.RecurringCertificateOnPc && provider == PaymentProvider.NhnKcp ? TextKeys.AdvisoryRecurringCertificateOnPcNhnKcp
        : code == AdvisoryCode.PaymentwallTestPaymentsAreReal && recurringOverseas ? TextKeys.AdvisoryPaymentwallTestPaymentsAreRealRecurring
        : "Advisory." + code.ToString();

    /// <summary>The needs without a provider in the catalog, in service order: a service alone, or with the brands no
    /// company carries.</summary>
    private Advisory NoKnownProvider(CallFacts call, Decisions decisions)
    {
        var named = new List<object>(4);
        var services = new List<PaymentService>(4);
        void Gap(PaymentService service, EasyPayBrandSet brands)
        {
            named.Add(brands.IsEmpty ? service : LocalizableText.FromResource(TextKeys.TextServiceWithBrands, service, brands));
            services.Add(service);
        }

        if (decisions.Has(Decisions.RecurringCardPaymentWindow) && call.Candidates(ProviderCapability.RecurringCardPaymentWindow).Count == 0)
        {
            Gap(PaymentService.RecurringCardPayment, default);
        }

        if (decisions.Has(Decisions.EasyPayHub) && call.Candidates(ProviderCapability.HubEasyPay, call.Requirements.EasyPayBrands).Count == 0)
        {
            Gap(PaymentService.EasyPay, call.Requirements.EasyPayBrands);
        }

        if (decisions.Has(Decisions.EasyPayOtherBrands) && !call.MissingOtherBrands.IsEmpty)
        {
            Gap(PaymentService.EasyPay, call.MissingOtherBrands);
        }

        if (decisions.Has(Decisions.MobileMicropayment) && call.Candidates(ProviderCapability.MobileMicropayment).Count == 0)
        {
            Gap(PaymentService.MobileMicropayment, default);
        }

        if (decisions.Has(Decisions.MobileMicropaymentRecurring) && call.Candidates(ProviderCapability.RecurringMobileMicropayment).Count == 0)
        {
            Gap(PaymentService.MobileMicropaymentRecurring, default);
        }

        if (decisions.Has(AnyOverseasEntry) && call.Candidates(call.OverseasCapability).Count == 0)
        {
            Gap(PaymentService.OverseasCardPayment, default);
        }

        PaymentService? only = services[0];
        foreach (var service in services)
        {
            only = service == services[0] ? only : null;
        }

        return Sourced(call, AdvisoryCode.NoKnownProvider, only, named.ToArray());
    }

    private static LocalizableText AdvisoryText(AdvisoryCode code, bool sourced, params object[] arguments)
    {
        if (!sourced)
        {
            return LocalizableText.FromResource("Advisory." + code.ToString(), arguments);
        }

        var withSource = new object[arguments.Length + 1];
        arguments.CopyTo(withSource, 0);
        withSource[arguments.Length] = ProviderCatalog.Default.AdvisorySourceUrl(code);
        return LocalizableText.FromResource("Advisory." + code.ToString(), withSource);
    }

    private Advisory Sourced(CallFacts call, AdvisoryCode code, PaymentService? service, params object[] arguments) =>
        SourcedWithText(call, code, "Advisory." + code.ToString(), service, arguments);

    private Advisory SourcedWithText(CallFacts call, AdvisoryCode code, string textKey, PaymentService? service, params object[] arguments)
    {
        var withSource = new object[arguments.Length + 1];
        arguments.CopyTo(withSource, 0);
        withSource[arguments.Length] = call.Catalog.AdvisorySourceUrl(code);
        return new Advisory(code, service, _texts.Resolve(LocalizableText.FromResource(textKey, withSource), _language));
    }

    /// <summary>The provider of the first contract that covers a service (the plan advisories name it).</summary>
    private static PaymentProvider PlannedProvider(ContractPlan plan, PaymentService service)
    {
        foreach (var contract in plan.Contracts)
        {
            foreach (var covered in contract.Services)
            {
                if (covered == service)
                {
                    return contract.Provider;
                }
            }
        }

        throw new InvalidOperationException($"The plan covers no {service}.");
    }

    private static RecommendationFact IncludedMethod(EditionView view, PaymentService service) => RecommendationFact.ViaPackage(
        service,
        PackageItem.CardGeneral,
        view.Providers(PackageItem.CardGeneral),
        LocalizableText.FromResource(TextKeys.ReasonGeneralPaymentIncludedMethodPackage, service));

    private static LocalizableText Text(string key, params object[] arguments) => LocalizableText.FromResource(key, arguments);

    private ValueList<string> Steps(ApplicationPath path, IReadOnlyList<LocalizableText> steps)
    {
        var texts = new string[steps.Count + 1];
        texts[0] = _texts.Resolve(ConsolePaths.FirstStep(path), _language);
        for (var i = 0; i < steps.Count; i++)
        {
            texts[i + 1] = _texts.Resolve(steps[i], _language);
        }

        return ValueList<string>.Own(texts);
    }

    /// <summary>The entries of one call: the facts the planner reads, and the result entries written from them.</summary>
    private readonly struct Entries(ResultWriter writer)
    {
        public List<RecommendationFact> Facts { get; } = new(8);

        public List<ServiceRecommendation> Results { get; } = new(8);

        public void Add(RecommendationFact fact, ValueList<string> steps, string rule)
        {
            Facts.Add(fact);
            Results.Add(new ServiceRecommendation(fact.Service, fact.Providers, fact.Path, fact.PackageItem, steps, writer._texts.Resolve(fact.Reason, writer._language), rule));
        }

        /// <summary>The existing contracts that can serve the service, as one entry, when that was decided.</summary>
        public void AddExisting(CallFacts call, Decisions decisions, PaymentService service)
        {
            if (!decisions.Has(DecisionFlags.ExistingContract(service)))
            {
                return;
            }

            var providers = call.ExistingProviders(service).ToArray();
            Add(RecommendationFact.ViaExistingContract(service, providers, Text(TextKeys.ReasonExistingContract, providers, service)), writer._existingSteps, ExistingContractRule);
        }
    }
}
