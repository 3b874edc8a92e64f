using System;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.CustomRules.Tests.FaultyRules;

// Rules with a bug, as a team might write one by mistake. Internal, so that nothing loads them by accident: the tests
// name them with AddRules(typeof(...)).

[Name("Platform.Faulty.ThrowsInAction")]
[Description("Looks up a partner fee for the card entry, and the lookup fails.")]
internal sealed class ThrowsInActionRule : Rule
{
    public override void Define()
    {
        RecommendationFact card = null!;

        When()
            .Match(() => card, r => r.Service == PaymentService.CardPayment);
        Then()
            .Do(ctx => LookUpFee(card));
    }

    private static void LookUpFee(RecommendationFact card) =>
        throw new InvalidOperationException($"no partner fee is configured for {card.Service}");
}

[Name("Platform.Faulty.ThrowsInCondition")]
[Description("Checks a limit for overseas cards, and the check fails.")]
internal sealed class ThrowsInConditionRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When()
            .Match(() => need, n => IsOverLimit(n));
        Then()
            .Do(ctx => ctx.Insert(new AdvisoryFact(AdvisoryCode.NoKnownProvider, null, LocalizableText.Of("한도 초과", "Over the limit"))));
    }

    private static bool IsOverLimit(OverseasCardNeed need) =>
        throw new FormatException($"the overseas card limit is not a number ({need.GetType().Name})");
}
