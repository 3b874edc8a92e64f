using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Writes a <see cref="RecommendationResult"/> from <see cref="Decisions"/> and the call's <see cref="CallFacts"/>, the
/// way a hand-written service would: the texts are the library's own resources, written through the library's text
/// cache (each text looked up and formatted once), the fixed console paths are written once at construction, and the
/// providers come from <see cref="CatalogLookup"/>'s tables. Shared by the floor and the RulesEngine contestant.
/// </summary>
public sealed class ResultWriter
{
    /// <summary>The decisions that put an entry through the recommended package, which brings the partner benefits.</summary>
    internal const Decisions PackageDecisions = CardGeneralDecisions | Decisions.RecurringCardApi | EasyPayPackageDecisions
        | Decisions.IdentityVerification;

    /// <summary>The decisions whose entry goes through the package's one-time card item.</summary>
    internal const Decisions CardGeneralDecisions = Decisions.CardPayment | Decisions.BankTransferIncluded | Decisions.VirtualAccountIncluded;

    /// <summary>The decisions whose entry goes through the package's easy pay item.</summary>
    internal const Decisions EasyPayPackageDecisions = Decisions.EasyPayAnyBrand | Decisions.EasyPayPackageBrands;

    private const string CoverageRule = "Coverage.CatalogProviders";
    private const string IncludedMethodRule = "GeneralPayment.IncludedMethod.RecommendedPackage";

    private static readonly BenefitCode[] BenefitCodes = Enum.GetValues<BenefitCode>();

    private readonly TextCache _texts;
    private readonly string[][] _packageSteps;
    private readonly string[] _recurringWindowSteps;
    private readonly string[] _hubSteps;
    private readonly string[] _mobileSteps;
    private readonly string[] _mobileRecurringSteps;
    private readonly string[] _overseasSteps;
    private readonly Dictionary<EasyPayBrandSet, string[]> _otherBrandSteps = [];
    private readonly PartnerBenefit[] _benefits;

    public ResultWriter(CultureInfo culture)
    {
        _texts = new TextCache(culture);
        Catalog = new CatalogLookup(new RecommendationOptions().PackageEdition);
        _packageSteps = Enum.GetValues<PackageItem>()
            .Select(item => Steps(ApplicationPath.RecommendedPackage, ConsolePaths.PackageItem(item)))
            .ToArray();
        _recurringWindowSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.RecurringCardPaymentWindow);
        _hubSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.HubEasyPay);
        _mobileSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.MobileMicropayment);
        _mobileRecurringSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.RecurringMobileMicropayment);
        _overseasSteps = Steps(ApplicationPath.DirectSelection, ConsolePaths.OverseasCards);
        var brands = Enum.GetValues<EasyPayBrand>();
        for (var mask = 1; mask < 1 << brands.Length; mask++)
        {
            var set = EasyPayBrandSet.Of(brands.Where(b => (mask & (1 << (int)b)) != 0));
            _otherBrandSteps[set] = Steps(ApplicationPath.DirectSelection, ConsolePaths.EasyPayBrands(set));
        }

        _benefits = BenefitCodes.Select(_texts.Benefit).ToArray();
    }

    /// <summary>Gets the catalog's tables, in the engine's default package edition.</summary>
    internal CatalogLookup Catalog { get; }

    /// <summary>Writes the result of the decisions for the requirements and call facts they were taken for.</summary>
    internal RecommendationResult Write(MerchantRequirements requirements, CallFacts facts, Decisions decisions)
    {
        var api = requirements.ApiVersion;
        var entries = new List<ServiceRecommendation>(8);

        // Entries in PaymentService order, the package entry before the direct one.
        if (Has(decisions, Decisions.CardPayment))
        {
            var providers = Catalog.PackageProviders(PackageItem.CardGeneral, api);
            entries.Add(Package(PaymentService.CardPayment, PackageItem.CardGeneral, providers, Text(TextKeys.ReasonCardPaymentPackage, providers), "CardPayment.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.BankTransferIncluded))
        {
            entries.Add(IncludedMethod(PaymentService.BankTransfer, api));
        }

        if (Has(decisions, Decisions.VirtualAccountIncluded))
        {
            entries.Add(IncludedMethod(PaymentService.VirtualAccount, api));
        }

        if (Has(decisions, Decisions.RecurringCardApi))
        {
            var providers = Catalog.PackageProviders(PackageItem.CardRecurring, api);
            entries.Add(Package(PaymentService.RecurringCardPayment, PackageItem.CardRecurring, providers, Text(TextKeys.ReasonRecurringCardApiPackage, providers), "RecurringCard.Api.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.RecurringCardPaymentWindow))
        {
            entries.Add(Direct(PaymentService.RecurringCardPayment, Covering(facts, ProviderCapability.RecurringCardPaymentWindow), _recurringWindowSteps, Text(TextKeys.ReasonRecurringCardPaymentWindowDirect), "RecurringCard.PaymentWindow.DirectSelection"));
        }

        if (Has(decisions, Decisions.EasyPayAnyBrand))
        {
            var providers = Catalog.PackageProviders(PackageItem.EasyPay, api);
            entries.Add(Package(PaymentService.EasyPay, PackageItem.EasyPay, providers, Text(TextKeys.ReasonEasyPayPackageAnyBrand, providers), "EasyPay.AnyBrand.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.EasyPayPackageBrands))
        {
            var brands = facts.PackageBrands;
            entries.Add(Package(PaymentService.EasyPay, PackageItem.EasyPay, facts.Context.PackageEasyPayProviders(brands), Text(TextKeys.ReasonEasyPayPackageRequestedBrands, brands), "EasyPay.PackageBrands.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.EasyPayOtherBrands))
        {
            var brands = facts.OtherBrands;
            entries.Add(Direct(PaymentService.EasyPay, OtherBrandProviders(facts), _otherBrandSteps[brands], Text(TextKeys.ReasonEasyPayOtherBrandsDirect, brands), "EasyPay.OtherBrands.DirectSelection"));
        }

        if (Has(decisions, Decisions.EasyPayHub))
        {
            var reason = facts.Brands.IsEmpty ? Text(TextKeys.ReasonEasyPayHubDirectAnyBrand) : Text(TextKeys.ReasonEasyPayHubDirectRequestedBrands, facts.Brands);
            entries.Add(Direct(PaymentService.EasyPay, Covering(facts, ProviderCapability.HubEasyPay), _hubSteps, reason, "EasyPay.Hub.DirectSelection"));
        }

        if (Has(decisions, Decisions.IdentityVerification))
        {
            var providers = Catalog.PackageProviders(PackageItem.IdentityVerification, api);
            var reason = Text(TextKeys.ReasonIdentityVerificationPackage, requirements.IdentityVerification!.Purpose, providers);
            entries.Add(Package(PaymentService.IdentityVerification, PackageItem.IdentityVerification, providers, reason, "IdentityVerification.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.MobileMicropayment))
        {
            entries.Add(Direct(PaymentService.MobileMicropayment, Covering(facts, ProviderCapability.MobileMicropayment), _mobileSteps, Text(TextKeys.ReasonMobileMicropaymentDirect), "MobileMicropayment.DirectSelection"));
        }

        if (Has(decisions, Decisions.MobileMicropaymentRecurring))
        {
            entries.Add(Direct(PaymentService.MobileMicropaymentRecurring, Covering(facts, ProviderCapability.RecurringMobileMicropayment), _mobileRecurringSteps, Text(TextKeys.ReasonMobileMicropaymentRecurringDirect), "MobileMicropayment.Recurring.DirectSelection"));
        }

        if (Has(decisions, Decisions.OverseasCards))
        {
            entries.Add(Direct(PaymentService.OverseasCardPayment, Covering(facts, ProviderCapability.OverseasCards), _overseasSteps, Text(TextKeys.ReasonOverseasCardDirect), "OverseasCard.DirectSelection"));
        }

        return new RecommendationResult(
            [.. entries],
            Advisories(requirements, facts, decisions),
            Has(decisions, Decisions.PartnerBenefits) ? _benefits : [],
            FiredRules(decisions, facts.Coverage.Count))
        {
            ContractPlan = Has(decisions, Decisions.ContractPlan) ? facts.Plan : ContractPlan.Empty,
        };
    }

    /// <summary>The advisories in <see cref="AdvisoryCode"/> order, each code once.</summary>
    private Advisory[] Advisories(MerchantRequirements requirements, CallFacts facts, Decisions decisions)
    {
        var advisories = new List<Advisory>(8);
        Add(advisories, decisions, Decisions.NothingRequested, AdvisoryCode.NothingRequested, null, TextKeys.AdvisoryNothingRequested);
        Add(advisories, decisions, Decisions.GeneralPaymentCoversTransferAndVirtualAccount, AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount, null, TextKeys.AdvisoryGeneralPaymentCoversTransferAndVirtualAccount);
        Add(advisories, decisions, Decisions.RecurringCardPaymentWindow, AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection, PaymentService.RecurringCardPayment, TextKeys.AdvisoryRecurringPaymentWindowNeedsDirectSelection);
        if (Has(decisions, Decisions.EasyPayOtherBrands))
        {
            advisories.Add(new Advisory(AdvisoryCode.EasyPayBrandNotInPackage, PaymentService.EasyPay, Text(TextKeys.AdvisoryEasyPayBrandNotInPackage, facts.OtherBrands)));
        }

        Add(advisories, decisions, Decisions.EasyPayHub, AdvisoryCode.HubEasyPayExtraMerchantId, PaymentService.EasyPay, TextKeys.AdvisoryHubEasyPayExtraMerchantId);
        Add(advisories, decisions, Decisions.IdentityVerification, AdvisoryCode.IdentityVerificationSeparateSignup, PaymentService.IdentityVerification, TextKeys.AdvisoryIdentityVerificationSeparateSignup);
        Add(advisories, decisions, Decisions.DanalPhoneVerificationDiffers, AdvisoryCode.DanalPhoneVerificationDiffers, PaymentService.IdentityVerification, TextKeys.AdvisoryDanalPhoneVerificationDiffers);
        Add(advisories, decisions, Decisions.OverseasCards, AdvisoryCode.OverseasCardServiceNeedsSeparateContract, PaymentService.OverseasCardPayment, TextKeys.AdvisoryOverseasCardServiceNeedsSeparateContract);
        if (Has(decisions, Decisions.PackageProviderUnavailableOnApiVersion))
        {
            advisories.Add(Sourced(SourcedAdvisory.Create(AdvisoryCode.PackageProviderUnavailableOnApiVersion, null, UnavailableProviders(requirements.ApiVersion, decisions), requirements.ApiVersion!.Value)));
        }

        if (Has(decisions, Decisions.NoKnownProvider))
        {
            advisories.Add(Sourced(NoKnownProvider(facts)));
        }

        if (Has(decisions, Decisions.ExistingContractExtended))
        {
            var existing = facts.Plan.Contracts.Where(c => c.IsExisting).Select(c => c.Provider).ToArray();
            advisories.Add(Sourced(SourcedAdvisory.Create(AdvisoryCode.ExistingContractExtended, null, existing)));
        }

        AddSourced(advisories, decisions, Decisions.BillingKeyTiedToIssuingPg, AdvisoryCode.BillingKeyTiedToIssuingPg, null);
        AddSourced(advisories, decisions, Decisions.EasyPayHub, AdvisoryCode.HubAndDirectEasyPayExclusive, PaymentService.EasyPay);
        AddSourced(advisories, decisions, Decisions.InicisHubEasyPayNotForRecurring, AdvisoryCode.InicisHubEasyPayNotForRecurring, PaymentService.EasyPay);
        AddSourced(advisories, decisions, Decisions.OverseasCards, AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment);
        AddSourced(advisories, decisions, Decisions.EscrowForCashPayments, AdvisoryCode.EscrowForCashPayments, null);
        AddSourced(advisories, decisions, Decisions.EasyPayHub, AdvisoryCode.HubEasyPayTestPaymentsAreReal, PaymentService.EasyPay);
        AddSourced(advisories, decisions, Decisions.AgeCheckUsesBirthDate, AdvisoryCode.AgeCheckUsesBirthDate, PaymentService.IdentityVerification);
        return [.. advisories];
    }

    /// <summary>
    /// The rule names in the engine's firing order: the coverage rule once per need (priority 100), the priority-0
    /// decisions in declaration order (the included-method rule once per method), then the two derived rules in the
    /// order in which their first trigger fires (the identity verification entry triggers both, the Danal advisory
    /// first), then the rules that use coverage, the plan and the existing-contract advisory, by priority.
    /// </summary>
    private static string[] FiredRules(Decisions decisions, int needs)
    {
        var names = new List<string>(needs + 16);
        for (var i = 0; i < needs; i++)
        {
            names.Add(CoverageRule);
        }

        var benefitsQueued = false;
        var danalQueued = false;
        var derived = new List<string>(2);
        for (var flag = Decisions.AgeCheckUsesBirthDate; flag <= Decisions.NothingRequested; flag = (Decisions)((int)flag << 1))
        {
            if (!Has(decisions, flag))
            {
                continue;
            }

            names.Add(RuleName(flag));
            if (flag == Decisions.IdentityVerification && Has(decisions, Decisions.DanalPhoneVerificationDiffers) && !danalQueued)
            {
                derived.Add(RuleName(Decisions.DanalPhoneVerificationDiffers));
                danalQueued = true;
            }

            if ((flag & PackageDecisions) != 0 && Has(decisions, Decisions.PartnerBenefits) && !benefitsQueued)
            {
                derived.Add(RuleName(Decisions.PartnerBenefits));
                benefitsQueued = true;
            }
        }

        names.AddRange(derived);
        for (var flag = Decisions.RecurringCardPaymentWindow; flag <= Decisions.ExistingContractExtended; flag = (Decisions)((int)flag << 1))
        {
            if (Has(decisions, flag))
            {
                names.Add(RuleName(flag));
            }
        }

        return [.. names];
    }

    private static string RuleName(Decisions decision) => decision switch
    {
        Decisions.AgeCheckUsesBirthDate => "Advisory.AgeCheckUsesBirthDate",
        Decisions.BillingKeyTiedToIssuingPg => "Advisory.BillingKeyTiedToIssuingPg",
        Decisions.EscrowForCashPayments => "Advisory.EscrowForCashPayments",
        Decisions.GeneralPaymentCoversTransferAndVirtualAccount => "Advisory.GeneralPaymentCoversTransferAndVirtualAccount",
        Decisions.CardPayment => "CardPayment.RecommendedPackage",
        Decisions.IdentityVerification => "IdentityVerification.RecommendedPackage",
        Decisions.BankTransferIncluded or Decisions.VirtualAccountIncluded => IncludedMethodRule,
        Decisions.EasyPayAnyBrand => "EasyPay.AnyBrand.RecommendedPackage",
        Decisions.EasyPayPackageBrands => "EasyPay.PackageBrands.RecommendedPackage",
        Decisions.RecurringCardApi => "RecurringCard.Api.RecommendedPackage",
        Decisions.NothingRequested => "Advisory.NothingRequested",
        Decisions.PartnerBenefits => "Benefits.RecommendedPackage",
        Decisions.DanalPhoneVerificationDiffers => "Advisory.DanalPhoneVerificationDiffers",
        Decisions.RecurringCardPaymentWindow => "RecurringCard.PaymentWindow.DirectSelection",
        Decisions.EasyPayOtherBrands => "EasyPay.OtherBrands.DirectSelection",
        Decisions.EasyPayHub => "EasyPay.Hub.DirectSelection",
        Decisions.MobileMicropayment => "MobileMicropayment.DirectSelection",
        Decisions.MobileMicropaymentRecurring => "MobileMicropayment.Recurring.DirectSelection",
        Decisions.OverseasCards => "OverseasCard.DirectSelection",
        Decisions.InicisHubEasyPayNotForRecurring => "Advisory.InicisHubEasyPayNotForRecurring",
        Decisions.NoKnownProvider => "Advisory.NoKnownProvider",
        Decisions.PackageProviderUnavailableOnApiVersion => "Advisory.PackageProviderUnavailableOnApiVersion",
        Decisions.ContractPlan => "ContractPlan.FewestContracts",
        Decisions.ExistingContractExtended => "Advisory.ExistingContractExtended",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Not a single decision."),
    };

    private static bool Has(Decisions decisions, Decisions flag) => (decisions & flag) != 0;

    /// <summary>The providers that cover the (single) need of a capability.</summary>
    private static IReadOnlyList<PaymentProvider> Covering(CallFacts facts, ProviderCapability capability)
    {
        foreach (var coverage in facts.Coverage)
        {
            if (coverage.Need.Capability == capability)
            {
                return coverage.Providers;
            }
        }

        throw new InvalidOperationException($"No need of capability {capability} was gathered.");
    }

    /// <summary>The easy-pay companies for the requested brands outside the package.</summary>
    private static List<PaymentProvider> OtherBrandProviders(CallFacts facts)
    {
        var providers = new List<PaymentProvider>(4);
        foreach (var coverage in facts.Coverage)
        {
            if (coverage.Need.Capability == ProviderCapability.DirectEasyPay && !facts.Context.PackageEasyPayBrands.ContainsAll(coverage.Need.Brands))
            {
                providers.AddRange(coverage.Providers);
            }
        }

        return providers;
    }

    /// <summary>The package providers the API version lacks, of the items the package entries go through.</summary>
    private PaymentProvider[] UnavailableProviders(PortOneApiVersion? api, Decisions decisions)
    {
        var providers = new List<PaymentProvider>(4);
        if ((decisions & CardGeneralDecisions) != 0)
        {
            providers.AddRange(Catalog.UnavailablePackageProviders(PackageItem.CardGeneral, api));
        }

        if (Has(decisions, Decisions.RecurringCardApi))
        {
            providers.AddRange(Catalog.UnavailablePackageProviders(PackageItem.CardRecurring, api));
        }

        if ((decisions & EasyPayPackageDecisions) != 0)
        {
            providers.AddRange(Catalog.UnavailablePackageProviders(PackageItem.EasyPay, api));
        }

        if (Has(decisions, Decisions.IdentityVerification))
        {
            providers.AddRange(Catalog.UnavailablePackageProviders(PackageItem.IdentityVerification, api));
        }

        return SortedDistinct(providers);
    }

    /// <summary>The advisory for needs no catalog provider covers, naming them in service order.</summary>
    private static AdvisoryFact NoKnownProvider(CallFacts facts)
    {
        var needs = facts.Coverage.Where(c => c.Providers.Count == 0).Select(c => c.Need)
            .OrderBy(n => n.Service).ThenBy(n => n.Brands.GetHashCode()).ToArray();
        var services = needs.Select(n => n.Service).Distinct().ToArray();
        var named = needs
            .Select(n => n.Brands.IsEmpty ? (object)n.Service : LocalizableText.FromResource(TextKeys.TextServiceWithBrands, n.Service, n.Brands))
            .ToArray();
        return SourcedAdvisory.Create(AdvisoryCode.NoKnownProvider, services.Length == 1 ? services[0] : null, [named]);
    }

    private static PaymentProvider[] SortedDistinct(IReadOnlyList<PaymentProvider> providers)
    {
        if (providers.Count == 0)
        {
            return [];
        }

        var sorted = new List<PaymentProvider>(providers.Count);
        foreach (var provider in providers)
        {
            var index = sorted.BinarySearch(provider);
            if (index < 0)
            {
                sorted.Insert(~index, provider);
            }
        }

        return [.. sorted];
    }

    private ServiceRecommendation Package(
        PaymentService service, PackageItem item, IReadOnlyList<PaymentProvider> providers, string reason, string rule) =>
        new(service, SortedDistinct(providers), ApplicationPath.RecommendedPackage, item, _packageSteps[(int)item], reason, rule);

    private static ServiceRecommendation Direct(
        PaymentService service, IReadOnlyList<PaymentProvider> providers, string[] steps, string reason, string rule) =>
        new(service, SortedDistinct(providers), ApplicationPath.DirectSelection, null, steps, reason, rule);

    private ServiceRecommendation IncludedMethod(PaymentService service, PortOneApiVersion? api)
    {
        var providers = Catalog.PackageProviders(PackageItem.CardGeneral, api);
        return Package(service, PackageItem.CardGeneral, providers, Text(TextKeys.ReasonGeneralPaymentIncludedMethodPackage, service), IncludedMethodRule);
    }

    private void Add(List<Advisory> advisories, Decisions decisions, Decisions flag, AdvisoryCode code, PaymentService? service, string key)
    {
        if (Has(decisions, flag))
        {
            advisories.Add(new Advisory(code, service, Text(key)));
        }
    }

    private void AddSourced(List<Advisory> advisories, Decisions decisions, Decisions flag, AdvisoryCode code, PaymentService? service)
    {
        if (Has(decisions, flag))
        {
            advisories.Add(Sourced(SourcedAdvisory.Create(code, service)));
        }
    }

    private Advisory Sourced(AdvisoryFact fact) => new(fact.Code, fact.Service, _texts.Resolve(fact.Message));

    private string[] Steps(ApplicationPath path, IReadOnlyList<LocalizableText> steps) =>
        [_texts.Resolve(ConsolePaths.FirstStep(path)), .. steps.Select(_texts.Resolve)];

    private string Text(string key, params object[] arguments) => _texts.Resolve(LocalizableText.FromResource(key, arguments));
}
