using System;
using System.Collections.Generic;
using System.Threading;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.CustomRules;

// Rules that only some tests load, one type at a time. They are internal so that AddRules(assembly) skips them.

[Name("Custom.ThrowsInAction")]
[Description("Fails in its action whenever overseas cards are asked for.")]
internal sealed class ThrowsInActionRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => Fail());
    }

    private static void Fail() => throw new InvalidOperationException("the partner catalog is unreachable");
}

[Name("Custom.ThrowsInCondition")]
[Description("Fails in its condition whenever mobile micropayments are asked for.")]
internal sealed class ThrowsInConditionRule : Rule
{
    public override void Define()
    {
        MobileMicropaymentNeed need = null!;

        When().Match(() => need, n => Check(n));
        Then().Do(ctx => ctx.Halt());
    }

    private static bool Check(MobileMicropaymentNeed need) => throw new FormatException("bad threshold for " + need);
}

[Name("CardPayment.RecommendedPackage")]
[Description("Takes the name of a built-in rule.")]
internal sealed class DuplicateNameRule : Rule
{
    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Custom.WithdrawIdentityVerification")]
[Description("Removes the identity verification entry, as a platform that verifies identities itself would.")]
internal sealed class WithdrawIdentityVerificationRule : Rule
{
    public override void Define()
    {
        RecommendationFact identity = null!;

        When().Match(() => identity, r => r.Service == PaymentService.IdentityVerification);
        Then().Do(ctx => ctx.Retract(identity));
    }
}

[Name("Custom.AdvisoryWithoutText")]
[Description("Inserts an advisory whose message is missing.")]
internal sealed class AdvisoryWithoutTextRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => ctx.Insert(new AdvisoryFact(AdvisoryCode.NothingRequested, null, null!)));
    }
}

internal sealed class NotARule
{
}

[Name("Custom.CountsCalls")]
[Description("Counts how often it fires: a rule whose effect is not a function of the requirements alone.")]
internal sealed class CountsCallsRule : Rule
{
    private static int _fired;

    public static int Fired => Volatile.Read(ref _fired);

    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When().Match(() => need, n => n.Service == PaymentService.CardPayment);
        Then().Do(ctx => Count());
    }

    private static void Count() => Interlocked.Increment(ref _fired);
}

[Name("Custom.NothingRecommended")]
[Description("Matches a session without any recommendation, as NothingRequested matches one without needs.")]
internal sealed class NothingRecommendedRule : Rule
{
    public override void Define()
    {
        When().Not<RecommendationFact>();
        Then().Do(ctx => ctx.Insert(new AdvisoryFact(AdvisoryCode.NothingRequested, null, LocalizableText.Of("추천 없음", "Nothing recommended"))));
    }
}

[Name("Custom.UndoesOverseasNote")]
[Description("Has an action for deactivation, which runs when its match goes away.")]
internal sealed class UndoRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When().Match(() => need);
        Then()
            .Do(ctx => Note())
            .Undo(ctx => Note());
    }

    private static void Note()
    {
    }
}

[Name("Custom.AsksTheEngine")]
[Description("Calls the engine from inside its action, as a rule that uses a recommendation service might.")]
internal sealed class AsksTheEngineRule : Rule
{
    public static RecommendationEngine? Engine { get; set; }

    public static List<RecommendationResult> Answers { get; } = [];

    public override void Define()
    {
        OverseasCardNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => Ask());
    }

    private static void Ask() => Answers.Add(Engine!.Recommend(new MerchantRequirements { CardPayment = true }));
}
