using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the package providers left out because the merchant's API version lacks them.</summary>
[Name("Advisory.PackageProviderUnavailableOnApiVersion")]
[Description("When the merchant names a PortOne API version and a package entry's edition offers a provider that is not available on it, the answer says which providers were left out.")]
internal sealed class PackageProviderUnavailableAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.Context.ApiVersion != null && p.Context.View.HasUnavailableProviders && Unavailable(p).Count > 0);
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.Create(
                plan.Context,
                AdvisoryCode.PackageProviderUnavailableOnApiVersion,
                null,
                Unavailable(plan).ToArray(),
                plan.Context.ApiVersion!.Value)));
    }

    /// <summary>The package's providers that do not serve the call's API version, for the items the entries use.</summary>
    private static ProviderSet Unavailable(ContractPlanFact plan)
    {
        var view = plan.Context.View;
        var providers = ProviderSet.Empty;
        foreach (var entry in plan.Entries)
        {
            if (entry.PackageItem is { } item)
            {
                providers = providers.Union(ProviderSet.Of(view.UnavailableProviders(item)));
            }
        }

        return providers;
    }
}
