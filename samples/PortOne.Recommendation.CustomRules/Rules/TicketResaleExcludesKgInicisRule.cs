using System.Linq;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.CustomRules.Rules;

/// <summary>
/// An exclusion: our platform serves one merchant category, ticket resale, and its policy (an example for this sample,
/// not a statement about the PG) is that these merchants do not apply with KG Inicis. The rule takes KG Inicis out of
/// every entry. An entry for an existing KG Inicis contract goes as a whole (the merchant will not use that contract for
/// us); any other entry left without a PG stays, and the contract plan then lists its service as uncovered.
/// </summary>
/// <remarks>
/// Its priority, -10, is below the entries (priority 0, built-in and ours) and above the contract plan (-100): an
/// exclusion is a hard limit, so it runs after every preference has had its say, and the plan is worked out from what
/// it leaves.
/// </remarks>
[Name("Category.TicketResale.ExcludeKgInicis")]
[Description("Ticket resale merchants on our platform do not apply with KG Inicis, so no entry names it.")]
[Priority(-10)]
public sealed class TicketResaleExcludesKgInicisRule : Rule
{
    public override void Define()
    {
        RecommendationFact entry = null!;

        When()
            .Match(() => entry, r => r.Providers.Contains(PaymentProvider.KgInicis));
        Then()
            .Do(ctx => Exclude(ctx, entry));
    }

    private static void Exclude(IContext ctx, RecommendationFact entry)
    {
        ctx.Retract(entry);
        var others = entry.Providers.Where(p => p != PaymentProvider.KgInicis).ToArray();
        if (others.Length == 0 && entry.Path == ApplicationPath.ExistingContract)
        {
            return;
        }

        ctx.Insert(entry with
        {
            Providers = others,
            Reason = TeamTexts.Get(TeamTexts.KgInicisExcludedForTicketResale),
        });
    }
}
