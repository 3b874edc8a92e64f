using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>
/// Builds the onboarding plan from the final contract plan: for each planned contract the provider's procedure from the
/// catalog (a new contract's, or the add-service steps for a contract the merchant has), keeping the items whose
/// condition holds, and the site requirements for what the merchant sells. It decides nothing a rule decides: which
/// contracts there are is the plan's (so a caller's rule that changes the entries changes the onboarding too), and each
/// item is the catalog's, in the page's order. See docs/onboarding.md for why this is a step and not rules.
/// </summary>
internal static class OnboardingAssembler
{
    public static OnboardingPlan Build(ContractPlan plan, RequirementsSnapshot requirements, ProviderCatalog catalog, TextCache texts, TextLanguage language)
    {
        if (plan.Contracts.Count == 0)
        {
            return OnboardingPlan.Empty;
        }

        var contracts = new ContractOnboarding[plan.Contracts.Count];
        var overseas = false;
        for (var i = 0; i < contracts.Length; i++)
        {
            var contract = plan.Contracts[i];
            overseas |= Covers(contract, PaymentService.OverseasCardPayment);
            var procedure = catalog.Procedure(contract.Provider, contract.IsExisting ? OnboardingProcedureKind.AddService : OnboardingProcedureKind.NewContract);
            var items = new List<OnboardingItem>(procedure.Items.Count);
            foreach (var item in procedure.Items)
            {
                if (Applies(item.When, contract, requirements) && Sells(item, requirements))
                {
                    items.Add(ToItem(item, contract.Provider, catalog, texts, language));
                }
            }

            contracts[i] = new ContractOnboarding(contract.Provider, contract.IsExisting, ValueList<OnboardingItem>.Own([.. items]), procedure.HasPage);
        }

        var site = new List<OnboardingItem>(catalog.SiteRequirements.Count);
        foreach (var item in catalog.SiteRequirements)
        {
            var applies = item.When switch
            {
                OnboardingCondition.OverseasPayments => overseas,
                OnboardingCondition.SalesUnstated => requirements.Sells == 0,
                _ => true,
            };
            if (applies && Sells(item, requirements))
            {
                site.Add(ToItem(item, null, catalog, texts, language));
            }
        }

        return new OnboardingPlan(ValueList<ContractOnboarding>.Own(contracts), ValueList<OnboardingItem>.Own([.. site]));
    }

    /// <summary>Whether an item's condition holds for a planned contract.</summary>
    internal static bool Applies(OnboardingCondition when, PlannedContract contract, RequirementsSnapshot requirements) => when switch
    {
        OnboardingCondition.Payments => !CoversOnly(contract, PaymentService.IdentityVerification),
        OnboardingCondition.IdentityVerification => Covers(contract, PaymentService.IdentityVerification),
        OnboardingCondition.IdentityVerificationOnly => CoversOnly(contract, PaymentService.IdentityVerification),
        OnboardingCondition.Recurring => Covers(contract, PaymentService.RecurringCardPayment)
            || Covers(contract, PaymentService.MobileMicropaymentRecurring)
            || (requirements.RecurringOverseasCards && Covers(contract, PaymentService.OverseasCardPayment)),
        _ => true,
    };

    /// <summary>An item for some kinds of sale applies when the merchant sells one of them; an item for any sale always.</summary>
    private static bool Sells(CatalogOnboardingItem item, RequirementsSnapshot requirements) =>
        item.Sells == 0 || (item.Sells & requirements.Sells) != 0;

    private static bool Covers(PlannedContract contract, PaymentService service)
    {
        foreach (var covered in contract.Services)
        {
            if (covered == service)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CoversOnly(PlannedContract contract, PaymentService service)
    {
        foreach (var covered in contract.Services)
        {
            if (covered != service)
            {
                return false;
            }
        }

        return contract.Services.Count > 0;
    }

    private static OnboardingItem ToItem(CatalogOnboardingItem item, PaymentProvider? provider, ProviderCatalog catalog, TextCache texts, TextLanguage language)
    {
        var text = LocalizableText.FromResource(item.TextKey, provider.HasValue ? provider.Value : string.Empty, item.Wait is { } wait ? WaitText(wait) : string.Empty);
        return new OnboardingItem(item.Kind, item.Actor, texts.Resolve(text, language), item.Wait, Source(item.SourceKey, catalog))
        {
            Link = item.LinkKey is { } link ? Source(link, catalog) : null,
        };
    }

    private static OnboardingSource Source(string key, ProviderCatalog catalog) =>
        new(key, catalog.SourceUrls[key], catalog.SourceEvidence.TryGetValue(key, out var evidence) ? evidence : string.Empty);

    /// <summary>The wait as the item's text says it: "2~3영업일" / "2 to 3 business days", "2주" / "2 weeks".</summary>
    private static LocalizableText WaitText(OnboardingWait wait)
    {
        var single = wait.Minimum == wait.Maximum;
        var figure = single
            ? LocalizableText.Of(wait.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : LocalizableText.Of(
                wait.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture) + "~" + wait.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                wait.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture) + " to " + wait.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var one = single && wait.Minimum == 1;
        var key = wait.Unit == OnboardingWaitUnit.Weeks
            ? (one ? TextKeys.OnboardingWaitWeek : TextKeys.OnboardingWaitWeeks)
            : (one ? TextKeys.OnboardingWaitBusinessDay : TextKeys.OnboardingWaitBusinessDays);
        return LocalizableText.FromResource(key, figure);
    }
}
