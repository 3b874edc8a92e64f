using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the package providers left out because the merchant's API version lacks them.</summary>
[Name("Advisory.PackageProviderUnavailableOnApiVersion")]
[Description("When the merchant names a PortOne API version and a package entry's edition offers a provider that is not available on it, the answer says which providers were left out.")]
internal sealed class PackageProviderUnavailableAdvisoryRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;
        IEnumerable<RecommendationFact> entries = null!;

        When()
            .Match(() => context, c => c.ApiVersion != null && c.View.HasUnavailableProviders)
            .Query(() => entries, q => q
                .Match<RecommendationFact>(r => r.PackageItem != null && context.View.UnavailableProviders(r.PackageItem.Value).Count > 0)
                .Collect()
                .Where(c => c.Any()));
        Then()
            .Yield(ctx => Advise(context, entries));
    }

    private static AdvisoryFact Advise(MerchantContextFact context, IEnumerable<RecommendationFact> entries)
    {
        var providers = entries
            .SelectMany(e => context.View.UnavailableProviders(e.PackageItem!.Value))
            .Distinct()
            .OrderBy(p => p)
            .ToArray();
        return SourcedAdvisory.Create(context, AdvisoryCode.PackageProviderUnavailableOnApiVersion, null, providers, context.ApiVersion!.Value);
    }
}
