using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>One-off mobile micropayments need direct selection.</summary>
[Name("MobileMicropayment.DirectSelection")]
[Description("Mobile micropayment (휴대폰 소액결제) is not in the package, so it is applied for under mobile payment in direct selection; the answer names the PGs the catalog knows for it.")]
internal sealed class MobileMicropaymentRule : Rule
{
    public override void Define()
    {
        MobileMicropaymentNeed need = null!;

        When()
            .Match(() => need, n => !n.Recurring);
        Then()
            .Do(ctx => Decide(ctx, need.Context));
    }

    private static void Decide(IContext ctx, MerchantContextFact context)
    {
        var providers = context.Candidates(ProviderCapability.MobileMicropayment);
        ctx.Insert(RecommendationFact.ViaDirectSelection(
            PaymentService.MobileMicropayment,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonMobileMicropaymentDirect),
            ConsolePaths.MobileMicropayment));
        if (providers.Count == 0)
        {
            ctx.Insert(new NoCandidateFact(PaymentService.MobileMicropayment, default));
        }
    }
}
