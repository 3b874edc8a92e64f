using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>States NaverPay's entry condition when the plan signs a new contract with it.</summary>
[Name("Advisory.NaverPayNeedsPgSalesFirst")]
[Description("When the contract plan signs a new contract with an easy-pay company the catalog lists for it (NaverPay, 결제형), through the package's easy-pay item or direct selection, the answer notes that it reviews a merchant only when a general PG's payment module is already live on the service and at least one month of sales has occurred; an existing contract says nothing.")]
internal sealed class NaverPayNeedsPgSalesFirstAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => NewContractConcerned(p) != null);
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.AboutProvider(
                plan.Context,
                AdvisoryCode.NaverPayNeedsPgSalesFirst,
                PaymentService.EasyPay,
                NewContractConcerned(plan)!.Value)));
    }

    /// <summary>The first provider the plan signs a new contract with and the catalog lists the advisory for, if any.</summary>
    internal static PaymentProvider? NewContractConcerned(ContractPlanFact plan)
    {
        foreach (var contract in plan.Plan.Contracts)
        {
            if (!contract.IsExisting && plan.Context.AdvisoryConcerns(AdvisoryCode.NaverPayNeedsPgSalesFirst, contract.Provider))
            {
                return contract.Provider;
            }
        }

        return null;
    }
}
