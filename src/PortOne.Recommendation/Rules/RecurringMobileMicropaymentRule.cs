using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Recurring mobile micropayments need direct selection of a PG that supports them.</summary>
[Name("MobileMicropayment.Recurring.DirectSelection")]
[Description("Recurring mobile micropayment (휴대폰 소액결제 정기결제) is applied for under mobile payment in direct selection, with a PG that supports recurring charges; the answer names the PGs the catalog knows for it.")]
internal sealed class RecurringMobileMicropaymentRule : Rule
{
    public override void Define()
    {
        MobileMicropaymentNeed need = null!;

        When()
            .Match(() => need, n => n.Recurring);
        Then()
            .Do(ctx => Decide(ctx, need.Context));
    }

    private static void Decide(IContext ctx, MerchantContextFact context)
    {
        var providers = context.Candidates(ProviderCapability.RecurringMobileMicropayment);
        ctx.Insert(RecommendationFact.ViaDirectSelection(
            PaymentService.MobileMicropaymentRecurring,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonMobileMicropaymentRecurringDirect),
            ConsolePaths.RecurringMobileMicropayment));
        if (providers.Count == 0)
        {
            ctx.Insert(new NoCandidateFact(PaymentService.MobileMicropaymentRecurring, default));
        }
    }
}
