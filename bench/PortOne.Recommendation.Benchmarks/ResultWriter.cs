using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Writes a <see cref="RecommendationResult"/> from <see cref="Decisions"/>, the way a hand-written service would: every
/// text is looked up once, at construction, from the library's own resources (so the strings are the engine's), and a
/// call only picks strings and builds the result objects. Shared by the floor and the RulesEngine contestant.
/// </summary>
public sealed class ResultWriter
{
    /// <summary>The decisions that put an entry through the recommended package, which brings the partner benefits.</summary>
    public const Decisions PackageDecisions = Decisions.CardPayment | Decisions.BankTransferIncluded | Decisions.VirtualAccountIncluded
        | Decisions.RecurringCardApi | Decisions.EasyPayAnyBrand | Decisions.EasyPayPackageBrands | Decisions.IdentityVerification;

    private const int AllBrandMasks = 1 << 6;
    private const int PackageBrandMask = (1 << (int)EasyPayBrand.KakaoPay) | (1 << (int)EasyPayBrand.NaverPay);

    private static readonly BenefitCode[] BenefitCodes = Enum.GetValues<BenefitCode>();

    private static readonly PaymentProvider[] Cards = [PaymentProvider.KgInicis, PaymentProvider.NicePayments];
    private static readonly PaymentProvider[] PackageEasyPay = [PaymentProvider.KakaoPay, PaymentProvider.NaverPay];
    private static readonly PaymentProvider[] Danal = [PaymentProvider.Danal];
    private static readonly PaymentProvider[] NoProvider = [];

    private readonly CultureInfo _culture;
    private readonly string[] _cardGeneralSteps;
    private readonly string[] _cardRecurringSteps;
    private readonly string[] _easyPaySteps;
    private readonly string[] _identitySteps;
    private readonly string[] _recurringWindowSteps;
    private readonly string[] _hubSteps;
    private readonly string[] _mobileSteps;
    private readonly string[] _mobileRecurringSteps;
    private readonly string[] _overseasSteps;
    private readonly string[][] _otherBrandSteps = new string[AllBrandMasks][];
    private readonly string[] _otherBrandReasons = new string[AllBrandMasks];
    private readonly string[] _otherBrandAdvisories = new string[AllBrandMasks];
    private readonly string[] _packageBrandReasons = new string[AllBrandMasks];
    private readonly string[] _hubReasons = new string[AllBrandMasks];
    private readonly PaymentProvider[][] _packageBrandProviders = new PaymentProvider[AllBrandMasks][];
    private readonly string[] _identityReasons;
    private readonly PartnerBenefit[] _benefits;
    private readonly string _cardReason;
    private readonly string _bankTransferReason;
    private readonly string _virtualAccountReason;
    private readonly string _recurringApiReason;
    private readonly string _recurringWindowReason;
    private readonly string _anyBrandReason;
    private readonly string _mobileReason;
    private readonly string _mobileRecurringReason;
    private readonly string _overseasReason;
    private readonly Advisory _nothingRequested;
    private readonly Advisory _coversTransferAndVirtualAccount;
    private readonly Advisory _recurringWindowAdvisory;
    private readonly Advisory _hubAdvisory;
    private readonly Advisory _identitySignup;
    private readonly Advisory _danalDiffers;
    private readonly Advisory _overseasAdvisory;

    public ResultWriter(CultureInfo culture)
    {
        _culture = culture;
        var package = Name(ApplicationPath.RecommendedPackage);
        var direct = Name(ApplicationPath.DirectSelection);
        var easyPayTab = Text(TextKeys.StepEasyPayTab);
        var mobileTab = Text(TextKeys.StepMobilePaymentTab);

        _cardGeneralSteps = [package, Name(PackageItem.CardGeneral)];
        _cardRecurringSteps = [package, Name(PackageItem.CardRecurring)];
        _easyPaySteps = [package, Name(PackageItem.EasyPay)];
        _identitySteps = [package, Name(PackageItem.IdentityVerification)];
        _recurringWindowSteps = [direct, Text(TextKeys.StepChoosePaymentWindowBillingPg), Text(TextKeys.StepApplyAsCardRecurring)];
        _hubSteps = [direct, easyPayTab, Text(TextKeys.StepHubTypePgs)];
        _mobileSteps = [direct, mobileTab, Text(TextKeys.StepChoosePg)];
        _mobileRecurringSteps = [direct, mobileTab, Text(TextKeys.StepChooseRecurringMobilePg), Text(TextKeys.StepApplyRecurringMobileMicropayment)];
        _overseasSteps = [direct, Text(TextKeys.StepGeneralPaymentTab), Text(TextKeys.StepChooseOverseasPg), Text(TextKeys.StepApplyAsCardGeneral)];

        for (var mask = 1; mask < AllBrandMasks; mask++)
        {
            var brands = BrandSet(mask);
            _otherBrandSteps[mask] = [direct, easyPayTab, Format(TextKeys.StepChooseEasyPayBrands, brands)];
            _otherBrandReasons[mask] = Format(TextKeys.ReasonEasyPayOtherBrandsDirect, brands);
            _otherBrandAdvisories[mask] = Format(TextKeys.AdvisoryEasyPayBrandNotInPackage, brands);
            _packageBrandReasons[mask] = Format(TextKeys.ReasonEasyPayPackageRequestedBrands, brands);
            _hubReasons[mask] = Format(TextKeys.ReasonEasyPayHubDirectRequestedBrands, brands);
            _packageBrandProviders[mask] = PackageEasyPay.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
        }

        _hubReasons[0] = Text(TextKeys.ReasonEasyPayHubDirectAnyBrand);
        _identityReasons = Enum.GetValues<VerificationPurpose>()
            .Select(purpose => Format(TextKeys.ReasonIdentityVerificationPackage, purpose, (IReadOnlyList<PaymentProvider>)Danal))
            .ToArray();
        _benefits = BenefitCodes.Select(code => new PartnerBenefit(code, Text("Benefit." + code))).ToArray();
        _cardReason = Format(TextKeys.ReasonCardPaymentPackage, (IReadOnlyList<PaymentProvider>)Cards);
        _bankTransferReason = Format(TextKeys.ReasonGeneralPaymentIncludedMethodPackage, PaymentService.BankTransfer);
        _virtualAccountReason = Format(TextKeys.ReasonGeneralPaymentIncludedMethodPackage, PaymentService.VirtualAccount);
        _recurringApiReason = Format(TextKeys.ReasonRecurringCardApiPackage, (IReadOnlyList<PaymentProvider>)Cards);
        _recurringWindowReason = Text(TextKeys.ReasonRecurringCardPaymentWindowDirect);
        _anyBrandReason = Format(TextKeys.ReasonEasyPayPackageAnyBrand, (IReadOnlyList<PaymentProvider>)PackageEasyPay);
        _mobileReason = Text(TextKeys.ReasonMobileMicropaymentDirect);
        _mobileRecurringReason = Text(TextKeys.ReasonMobileMicropaymentRecurringDirect);
        _overseasReason = Text(TextKeys.ReasonOverseasCardDirect);

        _nothingRequested = new(AdvisoryCode.NothingRequested, null, Text(TextKeys.AdvisoryNothingRequested));
        _coversTransferAndVirtualAccount = new(
            AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount, null, Text(TextKeys.AdvisoryGeneralPaymentCoversTransferAndVirtualAccount));
        _recurringWindowAdvisory = new(
            AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection, PaymentService.RecurringCardPayment, Text(TextKeys.AdvisoryRecurringPaymentWindowNeedsDirectSelection));
        _hubAdvisory = new(AdvisoryCode.HubEasyPayExtraMerchantId, PaymentService.EasyPay, Text(TextKeys.AdvisoryHubEasyPayExtraMerchantId));
        _identitySignup = new(
            AdvisoryCode.IdentityVerificationSeparateSignup, PaymentService.IdentityVerification, Text(TextKeys.AdvisoryIdentityVerificationSeparateSignup));
        _danalDiffers = new(
            AdvisoryCode.DanalPhoneVerificationDiffers, PaymentService.IdentityVerification, Text(TextKeys.AdvisoryDanalPhoneVerificationDiffers));
        _overseasAdvisory = new(
            AdvisoryCode.OverseasCardServiceNeedsSeparateContract, PaymentService.OverseasCardPayment, Text(TextKeys.AdvisoryOverseasCardServiceNeedsSeparateContract));
    }

    /// <summary>The easy-pay brands asked for, as a bit mask over <see cref="EasyPayBrand"/>.</summary>
    public static int BrandMask(MerchantRequirements requirements)
    {
        var mask = 0;
        if (requirements.EasyPay is { } easyPay)
        {
            for (var i = 0; i < easyPay.Brands.Count; i++)
            {
                mask |= 1 << (int)easyPay.Brands[i];
            }
        }

        return mask;
    }

    /// <summary>Writes the result of the decisions for the requirements they were taken for.</summary>
    public RecommendationResult Write(MerchantRequirements requirements, Decisions decisions)
    {
        var brands = BrandMask(requirements);
        var entries = new List<ServiceRecommendation>(8);
        var advisories = new List<Advisory>(4);

        // Entries in PaymentService order, the package entry before the direct one.
        if (Has(decisions, Decisions.CardPayment))
        {
            entries.Add(Package(PaymentService.CardPayment, PackageItem.CardGeneral, Cards, _cardGeneralSteps, _cardReason, "CardPayment.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.BankTransferIncluded))
        {
            entries.Add(Package(PaymentService.BankTransfer, PackageItem.CardGeneral, Cards, _cardGeneralSteps, _bankTransferReason, "GeneralPayment.IncludedMethod.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.VirtualAccountIncluded))
        {
            entries.Add(Package(PaymentService.VirtualAccount, PackageItem.CardGeneral, Cards, _cardGeneralSteps, _virtualAccountReason, "GeneralPayment.IncludedMethod.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.RecurringCardApi))
        {
            entries.Add(Package(PaymentService.RecurringCardPayment, PackageItem.CardRecurring, Cards, _cardRecurringSteps, _recurringApiReason, "RecurringCard.Api.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.RecurringCardPaymentWindow))
        {
            entries.Add(Direct(PaymentService.RecurringCardPayment, _recurringWindowSteps, _recurringWindowReason, "RecurringCard.PaymentWindow.DirectSelection"));
        }

        if (Has(decisions, Decisions.EasyPayAnyBrand))
        {
            entries.Add(Package(PaymentService.EasyPay, PackageItem.EasyPay, PackageEasyPay, _easyPaySteps, _anyBrandReason, "EasyPay.AnyBrand.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.EasyPayPackageBrands))
        {
            var inPackage = brands & PackageBrandMask;
            entries.Add(Package(PaymentService.EasyPay, PackageItem.EasyPay, _packageBrandProviders[inPackage], _easyPaySteps, _packageBrandReasons[inPackage], "EasyPay.PackageBrands.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.EasyPayOtherBrands))
        {
            var outside = brands & ~PackageBrandMask;
            entries.Add(Direct(PaymentService.EasyPay, _otherBrandSteps[outside], _otherBrandReasons[outside], "EasyPay.OtherBrands.DirectSelection"));
        }

        if (Has(decisions, Decisions.EasyPayHub))
        {
            entries.Add(Direct(PaymentService.EasyPay, _hubSteps, _hubReasons[brands], "EasyPay.Hub.DirectSelection"));
        }

        if (Has(decisions, Decisions.IdentityVerification))
        {
            var reason = _identityReasons[(int)requirements.IdentityVerification!.Purpose];
            entries.Add(Package(PaymentService.IdentityVerification, PackageItem.IdentityVerification, Danal, _identitySteps, reason, "IdentityVerification.RecommendedPackage"));
        }

        if (Has(decisions, Decisions.MobileMicropayment))
        {
            entries.Add(Direct(PaymentService.MobileMicropayment, _mobileSteps, _mobileReason, "MobileMicropayment.DirectSelection"));
        }

        if (Has(decisions, Decisions.MobileMicropaymentRecurring))
        {
            entries.Add(Direct(PaymentService.MobileMicropaymentRecurring, _mobileRecurringSteps, _mobileRecurringReason, "MobileMicropayment.Recurring.DirectSelection"));
        }

        if (Has(decisions, Decisions.OverseasCards))
        {
            entries.Add(Direct(PaymentService.OverseasCardPayment, _overseasSteps, _overseasReason, "OverseasCard.DirectSelection"));
        }

        // Advisories in AdvisoryCode order.
        AddIf(advisories, decisions, Decisions.NothingRequested, _nothingRequested);
        AddIf(advisories, decisions, Decisions.GeneralPaymentCoversTransferAndVirtualAccount, _coversTransferAndVirtualAccount);
        AddIf(advisories, decisions, Decisions.RecurringCardPaymentWindow, _recurringWindowAdvisory);
        if (Has(decisions, Decisions.EasyPayOtherBrands))
        {
            advisories.Add(new Advisory(AdvisoryCode.EasyPayBrandNotInPackage, PaymentService.EasyPay, _otherBrandAdvisories[brands & ~PackageBrandMask]));
        }

        AddIf(advisories, decisions, Decisions.EasyPayHub, _hubAdvisory);
        AddIf(advisories, decisions, Decisions.IdentityVerification, _identitySignup);
        AddIf(advisories, decisions, Decisions.DanalPhoneVerificationDiffers, _danalDiffers);
        AddIf(advisories, decisions, Decisions.OverseasCards, _overseasAdvisory);

        return new RecommendationResult(
            [.. entries],
            [.. advisories],
            Has(decisions, Decisions.PartnerBenefits) ? _benefits : [],
            FiredRules(decisions));
    }

    /// <summary>
    /// The rule names in the engine's firing order: the decisions in declaration order, then the two derived rules,
    /// which the engine queues when the first entry that triggers them appears (the identity verification entry
    /// triggers both, the Danal advisory first).
    /// </summary>
    private static string[] FiredRules(Decisions decisions)
    {
        var names = new List<string>(16);
        var benefitsQueued = false;
        var danalQueued = false;
        var derived = new List<string>(2);
        for (var flag = Decisions.CardPayment; flag <= Decisions.NothingRequested; flag = (Decisions)((int)flag << 1))
        {
            if (!Has(decisions, flag))
            {
                continue;
            }

            names.Add(RuleName(flag));
            if (flag == Decisions.IdentityVerification && Has(decisions, Decisions.DanalPhoneVerificationDiffers) && !danalQueued)
            {
                derived.Add("Advisory.DanalPhoneVerificationDiffers");
                danalQueued = true;
            }

            if ((flag & PackageDecisions) != 0 && Has(decisions, Decisions.PartnerBenefits) && !benefitsQueued)
            {
                derived.Add("Benefits.RecommendedPackage");
                benefitsQueued = true;
            }
        }

        names.AddRange(derived);
        return [.. names];
    }

    private static string RuleName(Decisions decision) => decision switch
    {
        Decisions.CardPayment => "CardPayment.RecommendedPackage",
        Decisions.GeneralPaymentCoversTransferAndVirtualAccount => "Advisory.GeneralPaymentCoversTransferAndVirtualAccount",
        Decisions.BankTransferIncluded or Decisions.VirtualAccountIncluded => "GeneralPayment.IncludedMethod.RecommendedPackage",
        Decisions.EasyPayAnyBrand => "EasyPay.AnyBrand.RecommendedPackage",
        Decisions.EasyPayOtherBrands => "EasyPay.OtherBrands.DirectSelection",
        Decisions.EasyPayPackageBrands => "EasyPay.PackageBrands.RecommendedPackage",
        Decisions.EasyPayHub => "EasyPay.Hub.DirectSelection",
        Decisions.IdentityVerification => "IdentityVerification.RecommendedPackage",
        Decisions.MobileMicropayment => "MobileMicropayment.DirectSelection",
        Decisions.MobileMicropaymentRecurring => "MobileMicropayment.Recurring.DirectSelection",
        Decisions.OverseasCards => "OverseasCard.DirectSelection",
        Decisions.RecurringCardApi => "RecurringCard.Api.RecommendedPackage",
        Decisions.RecurringCardPaymentWindow => "RecurringCard.PaymentWindow.DirectSelection",
        Decisions.NothingRequested => "Advisory.NothingRequested",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Not a single decision."),
    };

    private static bool Has(Decisions decisions, Decisions flag) => (decisions & flag) != 0;

    private static void AddIf(List<Advisory> advisories, Decisions decisions, Decisions flag, Advisory advisory)
    {
        if (Has(decisions, flag))
        {
            advisories.Add(advisory);
        }
    }

    private static ServiceRecommendation Package(
        PaymentService service, PackageItem item, PaymentProvider[] providers, string[] steps, string reason, string rule) =>
        new(service, providers, ApplicationPath.RecommendedPackage, item, steps, reason, rule);

    private static ServiceRecommendation Direct(PaymentService service, string[] steps, string reason, string rule) =>
        new(service, NoProvider, ApplicationPath.DirectSelection, null, steps, reason, rule);

    private static EasyPayBrandSet BrandSet(int mask) =>
        EasyPayBrandSet.Of(Enum.GetValues<EasyPayBrand>().Where(b => (mask & (1 << (int)b)) != 0));

    private string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => TextCatalog.DisplayName(value, _culture);

    private string Text(string key) => TextCatalog.Get(key, _culture);

    private string Format(string key, params object[] arguments) => TextCatalog.Format(key, arguments, _culture);
}
