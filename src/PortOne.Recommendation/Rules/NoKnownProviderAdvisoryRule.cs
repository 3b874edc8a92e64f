using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Says when the catalog knows no provider for something that was asked.</summary>
[Name("Advisory.NoKnownProvider")]
[Description("When the provider catalog lists no provider for a need on the merchant's PortOne API version (for example an easy-pay brand no easy-pay company offers directly), the answer names those needs and points to PortOne's support.")]
[Priority(-8)]
public sealed class NoKnownProviderAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MerchantContextFact context = null!;
        IEnumerable<CoverageFact> uncovered = null!;

        // The context makes the rule need a fact of the call, so it never matches an empty (reused) session.
        When()
            .Match(() => context)
            .Query(() => uncovered, q => q
                .Match<CoverageFact>(c => c.Providers.Count == 0)
                .Collect()
                .Where(c => c.Any()));
        Then()
            .Do(ctx => ctx.Insert(Advise(uncovered)));
    }

    private static AdvisoryFact Advise(IEnumerable<CoverageFact> uncovered)
    {
        var needs = uncovered.Select(c => c.Need).OrderBy(n => n.Service).ThenBy(n => n.Brands.GetHashCode()).ToArray();
        var services = needs.Select(n => n.Service).Distinct().ToArray();
        var named = needs
            .Select(n => n.Brands.IsEmpty ? (object)n.Service : LocalizableText.FromResource(TextKeys.TextServiceWithBrands, n.Service, n.Brands))
            .ToArray();
        return SourcedAdvisory.Create(AdvisoryCode.NoKnownProvider, services.Length == 1 ? services[0] : null, [named]);
    }
}
