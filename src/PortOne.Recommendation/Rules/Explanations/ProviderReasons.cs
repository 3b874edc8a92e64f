using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Rules;

/// <summary>
/// What the explanation rules ask of the catalog about one provider and one need. Each predicate is one reason and is
/// true of the catalog alone; the rules add that no entry names the provider.
/// </summary>
internal static class ProviderReasons
{
    /// <summary>The planner's buffers for weighing other plans, one set per thread (a rule's action runs on the
    /// calling thread and uses them before it returns).</summary>
    [System.ThreadStatic]
    private static PlanScratch? _planScratch;

    /// <summary>The tag of the explanation rules: the engine compiles them only into the rule set of calls that explain.</summary>
    public const string Tag = "Explanation";

    /// <summary>The catalog capabilities that could serve a need, whatever their brands or API versions: the need's
    /// capability (identity verification of any purpose), and for direct easy pay with brands that only PGs carry on
    /// the call's API version, hub-type easy pay too. Either may be <see langword="null"/>.</summary>
    public static (CatalogCapability? First, CatalogCapability? Second) Relevant(RequirementFact need, PaymentProvider provider)
    {
        var catalog = need.Context.Catalog;
        var kind = BaseKind(need);
        var first = catalog.Capability(provider, kind);
        var second = kind == ProviderCapability.DirectEasyPay && !ThroughPgBrands(need).IsEmpty
            ? catalog.Capability(provider, ProviderCapability.HubEasyPay)
            : null;
        return (first, second);
    }

    /// <summary>Every blocking reason that holds for the need and the provider, as a bit mask of
    /// <see cref="ExplanationReasonCode"/> values, worked out once per need key and provider and kept by the session's
    /// <see cref="ReasonMemo"/>.</summary>
    private static int BlockingReasonsOf(RequirementFact need, PaymentProvider provider)
    {
        var mask = 0;
        if (need is OverseasCardNeed overseas && LacksCapability(need, provider))
        {
            // The provider may still take cards issued abroad in another way: say which, not that it lacks them.
            return Bit(OverseasCounterpart(overseas, provider) is null
                ? ExplanationReasonCode.LacksCapability
                : overseas.Context.BusinessRegisteredAbroad ? ExplanationReasonCode.CannotServePurpose : ExplanationReasonCode.OtherRoute);
        }

        if (LacksCapability(need, provider))
        {
            mask |= Bit(ExplanationReasonCode.LacksCapability);
        }

        if (NotOnApiVersion(need, provider))
        {
            mask |= Bit(ExplanationReasonCode.NotOnApiVersion);
        }

        if (!MissingBrands(need, provider).IsEmpty)
        {
            mask |= Bit(ExplanationReasonCode.LacksRequestedBrand);
        }

        if (CannotServePurpose(need, provider))
        {
            mask |= Bit(ExplanationReasonCode.CannotServePurpose);
        }

        if (mask == 0 && ItemOf(need) is { } item && !Contains(need.Context.View.Providers(item), provider))
        {
            mask |= Bit(ExplanationReasonCode.NotInPackage);
        }

        return mask;
    }

    /// <summary>For cards issued abroad, the capability through which the provider takes them in another way than the
    /// need asks: for a business registered abroad, what it offers a business registered in Korea; for a one-time need
    /// of a business registered in Korea, an overseas PG's route (해외결제) instead of a domestic PG's service.</summary>
    public static CatalogCapability? OverseasCounterpart(OverseasCardNeed need, PaymentProvider provider)
    {
        var catalog = need.Context.Catalog;
        if (need.Context.BusinessRegisteredAbroad)
        {
            return need.Recurring
                ? catalog.Capability(provider, ProviderCapability.OverseasPgRecurringCards)
                : catalog.Capability(provider, ProviderCapability.OverseasCards) ?? catalog.Capability(provider, ProviderCapability.OverseasPgCards);
        }

        return need.Recurring ? null : catalog.Capability(provider, ProviderCapability.OverseasPgCards);
    }

    /// <summary>Whether a blocking reason holds (read from the call's memo).</summary>
    /// <summary>Whether a blocking reason holds, read from what the memo holds for the need.</summary>
    public static bool Holds(ReasonMemo.NeedReasons memo, RequirementFact need, PaymentProvider provider, ExplanationReasonCode code) =>
        (memo.BlockingReasons(need, provider, BlockingReasonsOf) & Bit(code)) != 0;

    /// <summary>No capability of the catalog could serve the need at this provider.</summary>
    public static bool LacksCapability(RequirementFact need, PaymentProvider provider)
    {
        var (first, second) = Relevant(need, provider);
        return first is null && second is null;
    }

    /// <summary>The provider has a capability for the need, but none on the call's API version.</summary>
    public static bool NotOnApiVersion(RequirementFact need, PaymentProvider provider)
    {
        var version = need.Context.ApiVersion;
        var (first, second) = Relevant(need, provider);
        return version is not null
            && (first is not null || second is not null)
            && first?.IsAvailableOn(version) != true
            && second?.IsAvailableOn(version) != true;
    }

    /// <summary>The requested brands the provider's easy pay lacks, when that keeps it out: for hub-type easy pay, the
    /// brands it does not carry; for direct easy pay, every requested brand when it is the company of none (or, for a
    /// PG, carries none of the brands only PGs carry).</summary>
    public static EasyPayBrandSet MissingBrands(RequirementFact need, PaymentProvider provider)
    {
        if (need is not EasyPayNeed easyPay || easyPay.Brands.IsEmpty)
        {
            return EasyPayBrandSet.Empty;
        }

        var catalog = need.Context.Catalog;
        if (easyPay.Integration == EasyPayIntegration.Hub)
        {
            return catalog.Capability(provider, ProviderCapability.HubEasyPay) is { } hub
                ? easyPay.Brands.Except(hub.Brands)
                : EasyPayBrandSet.Empty;
        }

        var direct = catalog.Capability(provider, ProviderCapability.DirectEasyPay);
        var throughPg = ThroughPgBrands(need);
        var viaPg = throughPg.IsEmpty ? null : catalog.Capability(provider, ProviderCapability.HubEasyPay);
        if (direct is null && viaPg is null)
        {
            return EasyPayBrandSet.Empty;
        }

        var servesOne = (direct is not null && direct.Brands.Overlaps(easyPay.Brands)) || (viaPg is not null && viaPg.Brands.Overlaps(throughPg));
        return servesOne ? EasyPayBrandSet.Empty : direct is not null ? easyPay.Brands : throughPg;
    }

    /// <summary>The provider verifies identity, but not where an age restriction applies.</summary>
    public static bool CannotServePurpose(RequirementFact need, PaymentProvider provider) =>
        need is IdentityVerificationNeed { Purpose: VerificationPurpose.AgeRestriction }
        && need.Context.Catalog.Capability(provider, ProviderCapability.IdentityVerification) is not null
        && need.Context.Catalog.Capability(provider, ProviderCapability.AgeRestrictedIdentityVerification) is null;

    /// <summary>The package item a need goes through, if the package has one for it.</summary>
    public static PackageItem? ItemOf(RequirementFact need) => need switch
    {
        GeneralPaymentNeed => PackageItem.CardGeneral,
        RecurringCardNeed { Issuance: BillingKeyIssuance.Api } => PackageItem.CardRecurring,
        EasyPayNeed { Integration: EasyPayIntegration.Direct } => PackageItem.EasyPay,
        IdentityVerificationNeed => PackageItem.IdentityVerification,
        _ => null,
    };

    /// <summary>Whether an entry of the session names the provider for the need's service.</summary>
    public static bool IsNamed(IReadOnlyList<RecommendationFact> entries, RequirementFact need, PaymentProvider provider)
    {
        var service = NeedServices.ServiceOf(need);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Service == service && Contains(entries[i].Providers, provider))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the plan takes the need's service from the provider.</summary>
    public static bool IsPlanned(ContractPlanFact plan, RequirementFact need, PaymentProvider provider)
    {
        var service = NeedServices.ServiceOf(need);
        var contracts = plan.Plan.Contracts;
        for (var i = 0; i < contracts.Count; i++)
        {
            if (contracts[i].Provider == provider && Contains(contracts[i].Services, service))
            {
                return true;
            }
        }

        return false;
    }

    public static ProviderReasonFact LacksCapabilityReason(RequirementFact need, PaymentProvider provider) =>
        Reason(
            need,
            provider,
            ExplanationReasonCode.LacksCapability,
            need.Context.Catalog.ProviderSource(provider),
            LocalizableText.FromResource(LacksCapabilityKey(need, provider), provider, WhatOf(need)));

    /// <summary>The sentence of <see cref="ExplanationReasonCode.LacksCapability"/>, by the provider's kind: an easy-pay
    /// company (one the catalog lets contract directly for easy pay) is not a PG, and a PG is not an easy-pay company,
    /// so for easy pay the sentence says which kind the provider is instead of that PortOne's pages do not show it.
    /// Where brands only PGs carry could bring a PG in (direct easy pay with such brands), the plain sentence stays.</summary>
    internal static string LacksCapabilityKey(RequirementFact need, PaymentProvider provider)
    {
        if (need is not EasyPayNeed easyPay)
        {
            return TextKeys.ExplainLacksCapability;
        }

        var company = need.Context.Catalog.Capability(provider, ProviderCapability.DirectEasyPay) is not null;
        return easyPay.Integration switch
        {
            EasyPayIntegration.Direct when !company && ThroughPgBrands(need).IsEmpty => TextKeys.ExplainLacksCapabilityNotEasyPayCompany,
            EasyPayIntegration.Hub when company => TextKeys.ExplainLacksCapabilityNotPg,
            _ => TextKeys.ExplainLacksCapability,
        };
    }

    public static ProviderReasonFact NotOnApiVersionReason(RequirementFact need, PaymentProvider provider)
    {
        var sources = new List<string>(2);
        var versions = ApiVersionSet.None;
        var (first, second) = Relevant(need, provider);
        foreach (var capability in new[] { first, second })
        {
            if (capability is not null)
            {
                sources.Add(capability.SourceKey);
                versions |= capability.Api;
            }
        }

        return Reason(
            need,
            provider,
            ExplanationReasonCode.NotOnApiVersion,
            string.Join(" ", sources),
            LocalizableText.FromResource(TextKeys.ExplainNotOnApiVersion, provider, WhatOf(need), need.Context.ApiVersion!, Versions(versions)));
    }

    public static ProviderReasonFact LacksRequestedBrandReason(RequirementFact need, PaymentProvider provider)
    {
        var catalog = need.Context.Catalog;
        var missing = MissingBrands(need, provider);
        var direct = ((EasyPayNeed)need).Integration == EasyPayIntegration.Direct
            ? catalog.Capability(provider, ProviderCapability.DirectEasyPay)
            : null;
        var capability = direct ?? catalog.Capability(provider, ProviderCapability.HubEasyPay)!;
        return Reason(
            need,
            provider,
            ExplanationReasonCode.LacksRequestedBrand,
            capability.SourceKey,
            LocalizableText.FromResource(
                direct is null ? TextKeys.ExplainLacksBrandThroughPg : TextKeys.ExplainLacksBrandCompany,
                provider,
                missing));
    }

    public static ProviderReasonFact CannotServePurposeReason(RequirementFact need, PaymentProvider provider) =>
        need is OverseasCardNeed overseas ? NotForBusinessAbroadReason(overseas, provider) : Reason(
            need,
            provider,
            ExplanationReasonCode.CannotServePurpose,
            need.Context.Catalog.Capability(provider, ProviderCapability.IdentityVerification)!.SourceKey,
            LocalizableText.FromResource(TextKeys.ExplainCannotServePurpose, provider, ((IdentityVerificationNeed)need).Purpose));

    /// <summary>A business registered abroad: a limit of the catalog rules the provider out (with its source), or no
    /// page says the provider takes such a business (with the pages of what it offers).</summary>
    private static ProviderReasonFact NotForBusinessAbroadReason(OverseasCardNeed need, PaymentProvider provider)
    {
        var counterpart = OverseasCounterpart(need, provider)!;
        var (excluded, keys) = need.Context.Catalog.Excluded(
            ProviderSet.Of([provider]), counterpart.Capability, MerchantCondition.BusinessRegisteredAbroad);
        var limited = !excluded.IsEmpty;
        return Reason(
            need,
            provider,
            ExplanationReasonCode.CannotServePurpose,
            limited ? string.Join(" ", keys) : counterpart.SourceKey,
            LocalizableText.FromResource(limited ? TextKeys.ExplainNotForBusinessAbroadLimit : TextKeys.ExplainNotForBusinessAbroadUnconfirmed, provider, WhatOf(need)));
    }

    public static ProviderReasonFact OtherRouteReason(RequirementFact need, PaymentProvider provider) =>
        Reason(
            need,
            provider,
            ExplanationReasonCode.OtherRoute,
            OverseasCounterpart((OverseasCardNeed)need, provider)!.SourceKey,
            LocalizableText.FromResource(TextKeys.ExplainOtherRouteOverseasPg, provider));

    public static ProviderReasonFact NotInPackageReason(RequirementFact need, PaymentProvider provider)
    {
        var view = need.Context.View;
        var item = ItemOf(need)!.Value;
        return Reason(
            need,
            provider,
            ExplanationReasonCode.NotInPackage,
            view.Edition.SourceKey,
            LocalizableText.FromResource(
                item == PackageItem.CardRecurring ? TextKeys.ExplainNotInPackageRecurring
                    : IsIncludedMethod(need) ? TextKeys.ExplainNotInPackageIncludedMethod
                    : TextKeys.ExplainNotInPackage,
                provider,
                view.Edition.Edition,
                ConsolePaths.ItemLabel(item),
                view.Providers(item),
                NeedServices.ServiceOf(need)));
    }

    /// <summary>Real-time bank transfer and virtual account: methods chosen in the ‘신용카드 일반결제’ application, so the
    /// reason says why the card item's page matters for them.</summary>
    private static bool IsIncludedMethod(RequirementFact need) =>
        need is GeneralPaymentNeed { Service: PaymentService.BankTransfer or PaymentService.VirtualAccount };

    /// <summary>Why the plan takes the service from others: the cost of the plan that would take it from
    /// <paramref name="provider"/>, compared with the plan's.</summary>
    public static ProviderReasonFact PlanReason(ContractPlanFact plan, IReadOnlyList<RecommendationFact> entries, RequirementFact need, PaymentProvider provider)
    {
        var service = NeedServices.ServiceOf(need);
        var chosen = new List<PaymentProvider>();
        var existing = false;
        foreach (var contract in plan.Plan.Contracts)
        {
            if (Contains(contract.Services, service))
            {
                chosen.Add(contract.Provider);
                existing |= contract.IsExisting;
            }
        }

        var cost = ContractPlanner.CostOf(plan.Plan);
        var alternative = ContractPlanner.CostWith(entries, plan.Context, service, provider, PlanScratch);
        var (code, key, planned, instead) =
            alternative.New > cost.New ? (existing ? ExplanationReasonCode.PlanUsesExistingContract : ExplanationReasonCode.PlanNeedsFewerNewContracts, existing ? TextKeys.ExplainPlanUsesExistingContract : TextKeys.ExplainPlanNeedsFewerNewContracts, cost.New, alternative.New)
            : alternative.Total > cost.Total ? (ExplanationReasonCode.PlanNeedsFewerContracts, TextKeys.ExplainPlanNeedsFewerContracts, cost.Total, alternative.Total)
            : alternative.Outside > cost.Outside ? (ExplanationReasonCode.PlanPrefersPackageProviders, TextKeys.ExplainPlanPrefersPackageProviders, cost.Outside, alternative.Outside)
            : (ExplanationReasonCode.PlanTieBreak, TextKeys.ExplainPlanTieBreak, cost.Total, alternative.Total);
        return ProviderReasonFact.BuiltIn(
            service,
            provider,
            code,
            LocalizableText.FromResource(key, provider, service, ValueList<PaymentProvider>.Own([.. chosen]), instead, planned),
            []);
    }

    private static PlanScratch PlanScratch => _planScratch ??= new PlanScratch();

    private static int Bit(ExplanationReasonCode code) => 1 << (int)code;

    private static ProviderCapability BaseKind(RequirementFact need) =>
        need is IdentityVerificationNeed
            ? ProviderCapability.IdentityVerification
            : ServiceCapabilities.Of(NeedServices.ServiceOf(need), need.Context.Requirements);

    /// <summary>The requested direct easy-pay brands that no easy-pay company serves on the call's API version, which
    /// PGs carry instead (PG 제휴).</summary>
    private static EasyPayBrandSet ThroughPgBrands(RequirementFact need)
    {
        if (need is not EasyPayNeed { Integration: EasyPayIntegration.Direct } easyPay)
        {
            return EasyPayBrandSet.Empty;
        }

        var throughPg = EasyPayBrandSet.Empty;
        foreach (var brand in easyPay.Brands)
        {
            if (need.Context.Catalog.DirectEasyPayRoute(brand, need.Context.ApiVersion).ThroughPg)
            {
                throughPg = throughPg.Union(EasyPayBrandSet.Of(brand));
            }
        }

        return throughPg;
    }

    /// <summary>What the need asks for, as the reason names it: the service, or for easy pay the way it is integrated.</summary>
    private static object WhatOf(RequirementFact need) => need switch
    {
        EasyPayNeed { Integration: EasyPayIntegration.Hub } => LocalizableText.FromResource(TextKeys.TextEasyPayHub),
        EasyPayNeed easyPay => LocalizableText.FromResource(TextKeys.TextEasyPayIntegrated, easyPay.Integration),
        OverseasCardNeed { Recurring: true } => LocalizableText.FromResource(TextKeys.TextOverseasRecurring),
        _ => NeedServices.ServiceOf(need),
    };

    private static ValueList<PortOneApiVersion> Versions(ApiVersionSet set)
    {
        var versions = new List<PortOneApiVersion>(2);
        foreach (var version in EnumValues<PortOneApiVersion>.All)
        {
            if (set.Allows(version))
            {
                versions.Add(version);
            }
        }

        return ValueList<PortOneApiVersion>.Own([.. versions]);
    }

    private static ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider, ExplanationReasonCode code, string sourceKeys, LocalizableText text)
    {
        var catalog = need.Context.Catalog;
        var keys = ProviderCatalog.SourceKeys(sourceKeys);
        var sources = new ExplanationSource[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sources[i] = new ExplanationSource(keys[i], catalog.SourceUrls[keys[i]]);
        }

        return ProviderReasonFact.BuiltIn(NeedServices.ServiceOf(need), provider, code, text, sources);
    }

    private static bool Contains<T>(IReadOnlyList<T> list, T value)
        where T : struct, System.Enum
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value))
            {
                return true;
            }
        }

        return false;
    }
}
