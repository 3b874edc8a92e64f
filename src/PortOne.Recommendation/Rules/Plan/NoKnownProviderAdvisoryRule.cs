using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Says when the catalog knows no provider for something that was asked.</summary>
[Name("Advisory.NoKnownProvider")]
[Description("When the provider catalog lists no provider for a need on the merchant's PortOne API version (for example an easy-pay brand no easy-pay company offers directly), the answer names those needs and points to PortOne's support.")]
internal sealed class NoKnownProviderAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.Call.Outputs.Gaps.Count > 0);
        Then()
            .Do(ctx => plan.Call.Emit(ctx, Advise(plan.Context, plan.Call.Outputs.Gaps)));
    }

    private static AdvisoryFact Advise(MerchantContextFact context, IEnumerable<NoCandidateFact> gaps)
    {
        var ordered = gaps.OrderBy(g => g.Service).ToArray();
        var named = ordered
            .Select(g => g.Brands.IsEmpty ? (object)g.Service : LocalizableText.FromResource(TextKeys.TextServiceWithBrands, g.Service, g.Brands))
            .ToArray();
        var services = ordered.Select(g => g.Service).Distinct().ToArray();
        return SourcedAdvisory.Create(context, AdvisoryCode.NoKnownProvider, services.Length == 1 ? services[0] : null, [named]);
    }
}
