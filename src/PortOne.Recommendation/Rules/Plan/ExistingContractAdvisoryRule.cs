using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Says when the plan extends contracts the merchant already has instead of signing new ones.</summary>
[Name("Advisory.ExistingContractExtended")]
[Description("When the contract plan uses a contract the merchant already has through PortOne, the answer says that adding the service or a MID to it replaces a new contract.")]
internal sealed class ExistingContractAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.Plan.Contracts.Any(c => c.IsExisting));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.Create(
                plan.Context,
                AdvisoryCode.ExistingContractExtended,
                null,
                plan.Plan.Contracts.Where(c => c.IsExisting).Select(c => c.Provider).ToArray())));
    }
}
