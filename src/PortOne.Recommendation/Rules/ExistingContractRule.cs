using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>A contract the merchant already has that can serve a requested service is a way to apply for it.</summary>
[Name("ExistingContract.AddService")]
[Description("For each requested service that a provider the merchant already has a contract with offers on the merchant's API version (for easy pay: carries the brands), an entry says to add the service to that existing contract.")]
internal sealed class ExistingContractRule : Rule
{
    public override void Define()
    {
        RequirementFact need = null!;

        When()
            .Match(() => need, n => n.Context != null && n.Context.HasExistingContracts && !ExistingProviders(n).IsEmpty);
        Then()
            .Do(ctx => ctx.Insert(Decide(need)));
    }

    /// <summary>The existing contracts that can serve a need on the call's API version.</summary>
    internal static ProviderSet ExistingProviders(RequirementFact need) =>
        NeedCoverage.Serving(need, need.Context.ApiVersion).Intersect(need.Context.Requirements.ExistingContracts);

    private static RecommendationFact Decide(RequirementFact need)
    {
        var service = NeedCoverage.ServiceOf(need);
        var providers = ExistingProviders(need).ToArray();
        return RecommendationFact.ViaExistingContract(
            service,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonExistingContract, providers, service));
    }
}
