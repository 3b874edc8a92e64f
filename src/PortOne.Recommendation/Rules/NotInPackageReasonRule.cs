using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that could serve the need but is not in the package's item is not named.</summary>
[Name("Explain.NotInPackage")]
[Description("When a call explains, every provider that could serve the need on the merchant's API version but that no entry names, for a service that goes through a package item, gets the reason that the package edition does not offer it for that item, citing the edition's page.")]
[Tag(ProviderReasons.Tag)]
internal sealed class NotInPackageReasonRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        RequirementFact need = null!;
        ProviderFact provider = null!;

        When()
            .Match(() => request)
            .Match(() => need)
            .Match(() => provider, p => ProviderReasons.Holds(request, need, p.Provider, ExplanationReasonCode.NotInPackage))
            .Not<RecommendationFact>(e => e.Service == NeedCoverage.ServiceOf(need) && e.Providers.Contains(provider.Provider));
        Then()
            .Yield(ctx => ProviderReasons.NotInPackageReason(need, provider.Provider));
    }
}
