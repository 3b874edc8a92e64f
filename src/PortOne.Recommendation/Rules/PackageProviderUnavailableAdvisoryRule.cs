using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the package providers left out because the merchant's API version lacks them.</summary>
[Name("Advisory.PackageProviderUnavailableOnApiVersion")]
[Description("When the merchant names a PortOne API version and a package entry's edition offers a provider that is not available on it, the answer says which providers were left out.")]
[Priority(-9)]
public sealed class PackageProviderUnavailableAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MerchantContextFact context = null!;
        IEnumerable<RecommendationFact> entries = null!;

        When()
            .Match(() => context, c => c.ApiVersion != null)
            .Query(() => entries, q => q
                .Match<RecommendationFact>(r =>
                    r.PackageItem != null && context.HasUnavailablePackageProviders(r.PackageItem.Value))
                .Collect()
                .Where(c => c.Any()));
        Then()
            .Do(ctx => ctx.Insert(Advise(context, entries)));
    }

    private static AdvisoryFact Advise(MerchantContextFact context, IEnumerable<RecommendationFact> entries)
    {
        var providers = entries
            .SelectMany(e => context.UnavailablePackageProviders(e.PackageItem!.Value))
            .Distinct()
            .OrderBy(p => p)
            .ToArray();
        return SourcedAdvisory.Create(AdvisoryCode.PackageProviderUnavailableOnApiVersion, null, providers, context.ApiVersion!.Value);
    }
}
