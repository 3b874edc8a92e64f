using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.CustomRules.Rules;

/// <summary>
/// An advisory of the team's own, with the team's own Korean and English text: when the contract plan signs a new
/// contract with NICE Payments, the merchant asks our partner desk for a sub-MID under the platform's master contract.
/// </summary>
/// <remarks>
/// It matches the contract plan (<see cref="ContractPlanFact"/>), which the engine works out from the final entries, so
/// it follows whatever the other rules decided. <c>Yield</c> makes the advisory a linked fact: NRules updates or removes
/// it by itself when the plan changes. Its code is <see cref="AdvisoryCode.Custom"/>, the code for callers' own
/// advisories: the result keeps every custom advisory with a distinct message.
/// </remarks>
[Name("Platform.Advisory.NicePaymentsThroughPartnerDesk")]
[Description("When the contract plan signs a new contract with NICE Payments, the merchant asks our partner desk for a sub-MID under the platform's master contract.")]
public sealed class PartnerDeskAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.Plan.Contracts.Any(c => c.Provider == PaymentProvider.NicePayments && !c.IsExisting));
        Then()
            .Yield(ctx => new AdvisoryFact(AdvisoryCode.Custom, null, TeamTexts.Get(TeamTexts.NicePaymentsThroughPartnerDesk)));
    }
}
