using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Finds the catalog's providers for each need of the contract plan.</summary>
[Name("Coverage.CatalogProviders")]
[Description("Each need is joined with the provider catalog's entries for the capability it takes: the providers that carry every brand it asks for and serve the merchant's PortOne API version cover it. Direct-selection entries name them and the contract plan chooses among them.")]
[Priority(100)]
public sealed class CoverageRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MerchantContextFact context = null!;
        PlanNeedFact need = null!;
        CapabilityProvidersFact catalog = null!;

        When()
            .Match(() => context)
            .Match(() => need)
            .Match(() => catalog, c => c.Capability == need.Capability);
        Then()
            .Do(ctx => ctx.Insert(new CoverageFact(need, catalog.Providers(need.Brands, context.ApiVersion))));
    }
}
