using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Rules;

/// <summary>Grants the partner benefits when the plan signs a new contract through the package.</summary>
[Name("Benefits.RecommendedPackage")]
[Description("When the contract plan signs at least one new contract through the recommended package, every partner benefit (제휴혜택) applies; they are withdrawn when the plan no longer does.")]
internal sealed class PartnerBenefitsRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.SignsNewPackageContract);
        Then()
            .Do(ctx => Grant(ctx));
    }

    private static void Grant(IContext ctx)
    {
        foreach (var code in EnumValues<BenefitCode>.All)
        {
            // The plan may change while the rule holds; the benefits are granted once per activation.
            if (ctx.GetLinked(code) is null)
            {
                ctx.InsertLinked(code, new BenefitFact(code));
            }
        }
    }
}
