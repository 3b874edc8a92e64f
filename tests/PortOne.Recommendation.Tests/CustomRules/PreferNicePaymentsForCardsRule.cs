using System.Linq;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.CustomRules;

/// <summary>
/// A caller's rule, as a merchant platform would write one: it has a contract with NICE Payments only, so it replaces
/// the built-in card recommendation. Public, so <c>AddRules(assembly)</c> finds it.
/// </summary>
[Name("Custom.PreferNicePaymentsForCards")]
[Description("Our platform has a contract with NICE Payments only, so one-time cards go there.")]
public sealed class PreferNicePaymentsForCardsRule : Rule
{
    public override void Define()
    {
        RecommendationFact card = null!;

        When()
            .Match(() => card, r => r.Service == PaymentService.CardPayment && r.Providers.Contains(PaymentProvider.KgInicis));
        Then()
            .Do(ctx => Replace(ctx, card));
    }

    private static void Replace(IContext ctx, RecommendationFact card)
    {
        ctx.Retract(card);
        ctx.Insert(card with
        {
            Providers = [PaymentProvider.NicePayments],
            Reason = LocalizableText.Of("플랫폼 계약에 따라 나이스페이먼츠로 신청합니다.", "Our platform contract sends cards to NICE Payments."),
        });
    }
}
