using System.Linq;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.CustomRules.Rules;

/// <summary>
/// A preference: our platform has a master contract with NICE Payments, so when the recommended package offers NICE
/// Payments among its PGs for one-time cards, the entry names NICE Payments alone. The contract plan follows the entry.
/// </summary>
/// <remarks>
/// Facts are immutable records that NRules tells apart by value, so a rule changes an entry by retracting it and
/// inserting the changed copy (<c>with { ... }</c>); the new entry is then attributed to this rule (its
/// <see cref="ServiceRecommendation.RuleName"/>). The condition no longer holds for the new entry, so the rule fires
/// once per entry.
/// </remarks>
[Name("Platform.PreferNicePaymentsForCards")]
[Description("Our platform has a master contract with NICE Payments, so a package entry for one-time cards that offers NICE Payments names NICE Payments alone.")]
public sealed class PreferNicePaymentsForCardsRule : Rule
{
    public override void Define()
    {
        RecommendationFact card = null!;

        When()
            .Match(() => card, r => r.Service == PaymentService.CardPayment
                && r.Path == ApplicationPath.RecommendedPackage
                && r.Providers.Contains(PaymentProvider.NicePayments)
                && r.Providers.Count > 1);
        Then()
            .Do(ctx => PreferNicePayments(ctx, card));
    }

    private static void PreferNicePayments(IContext ctx, RecommendationFact card)
    {
        ctx.Retract(card);
        ctx.Insert(card with
        {
            Providers = [PaymentProvider.NicePayments],
            Reason = TeamTexts.Get(TeamTexts.CardsGoToNicePayments),
        });
    }
}
