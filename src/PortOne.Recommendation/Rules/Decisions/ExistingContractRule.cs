using NRules.Fluent.Dsl;
using NRules.RuleModel;
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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Context.HasExistingContracts && AnyServed(c));
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    internal static ProviderSet ExistingProviders(RequirementFact need) =>
        NeedCoverage.Serving(need, need.Context.ApiVersion).Intersect(need.Context.Requirements.ExistingContracts);

    private static bool AnyServed(CallFact call)
    {
        foreach (var need in call.Needs)
        {
            if (!ExistingProviders(need).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One entry per need that an existing contract serves.</summary>
    private static void Decide(IContext ctx, CallFact call)
    {
        foreach (var need in call.Needs)
        {
            var served = ExistingProviders(need);
            if (served.IsEmpty)
            {
                continue;
            }

            var service = NeedServices.ServiceOf(need);
            var providers = served.ToArray();
            call.Emit(ctx, RecommendationFact.ViaExistingContract(
                service,
                providers,
                LocalizableText.FromResource(TextKeys.ReasonExistingContract, providers, service)));
        }
    }
}
