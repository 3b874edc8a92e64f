using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Names where easy pay can be charged as recurring payments, when both are asked.</summary>
[Name("Advisory.RecurringEasyPayAvailable")]
[Description("When recurring card payments and easy pay are both requested, the answer names where the requested easy-pay brands (with none, the package's for a direct contract, any for hub-type) can also be charged as recurring payments: the easy-pay companies for a direct contract, or the PGs with recurring hub-type easy pay (NICE: KakaoPay, NaverPay); nothing when none is known. When it names KakaoPay for a direct contract, it adds KakaoPay's recurring addendum and separate recurring MID, citing the catalog's KakaoPay entry for this advisory.")]
internal sealed class RecurringEasyPayAdvisoryRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.EasyPay != null && c.RecurringCard != null && HasOffer(c.EasyPay));
        Then()
            .Do(ctx => call.Emit(ctx, Advise(call.EasyPay!)));
    }

    internal static bool HasOffer(EasyPayNeed need) => !Offer(need).Providers.IsEmpty;

    internal static (ProviderSet Providers, EasyPayBrandSet Brands) Offer(EasyPayNeed need)
    {
        var context = need.Context;
        var brands = !need.Brands.IsEmpty ? need.Brands
            : need.Integration == EasyPayIntegration.Direct ? context.PackageEasyPayBrands
            : EasyPayBrandSet.FromMask(EasyPayBrandSet.MaskCount - 1);
        return context.Catalog.RecurringEasyPay(need.Integration, brands, context.ApiVersion);
    }

    private static AdvisoryFact Advise(EasyPayNeed need)
    {
        var (providers, brands) = Offer(need);
        var context = need.Context;
        if (need.Integration == EasyPayIntegration.Hub)
        {
            return SourcedAdvisory.WithText(context, AdvisoryCode.RecurringEasyPayAvailable, TextKeys.AdvisoryRecurringEasyPayAvailableHub, PaymentService.EasyPay, providers.ToArray(), brands);
        }

        // KakaoPay's recurring payments need its addendum: the catalog's KakaoPay entry for this advisory is the source.
        return providers.Contains(PaymentProvider.KakaoPay) && context.AdvisoryConcerns(AdvisoryCode.RecurringEasyPayAvailable, PaymentProvider.KakaoPay)
            ? SourcedAdvisory.WithText(context, AdvisoryCode.RecurringEasyPayAvailable, TextKeys.AdvisoryRecurringEasyPayAvailableKakaoPay, PaymentService.EasyPay, providers.ToArray(), context.SourceUrl(AdvisoryCode.RecurringEasyPayAvailable, PaymentProvider.KakaoPay))
            : SourcedAdvisory.Create(context, AdvisoryCode.RecurringEasyPayAvailable, PaymentService.EasyPay, providers.ToArray());
    }
}
