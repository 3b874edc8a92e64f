using System;
using System.Collections.Generic;
using System.Threading;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
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

[Name("Custom.KeepsInserting")]
[Description("Inserts a new advisory every time it fires, and fires again for each: a rule that never stops.")]
internal sealed class KeepsInsertingRule : Rule
{
    public override void Define()
    {
        AdvisoryFact advisory = null!;

        When().Match(() => advisory);
        Then().Do(ctx => ctx.Insert(new AdvisoryFact(advisory.Code, advisory.Service, LocalizableText.Of(advisory.Message + "!"))));
    }
}

[Name("Custom.Halts")]
[Description("Halts the session as soon as cards are asked for.")]
[Priority(10)]
internal sealed class HaltsRule : Rule
{
    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When().Match(() => need, n => n.Service == PaymentService.CardPayment);
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Custom.ConditionThrowsOnLibraryFact")]
[Description("Its condition throws on the entries that a built-in rule's action inserts.")]
internal sealed class ConditionThrowsOnLibraryFactRule : Rule
{
    public override void Define()
    {
        RecommendationFact entry = null!;

        When().Match(() => entry, e => Check(e));
        Then().Do(ctx => ctx.Halt());
    }

    private static bool Check(RecommendationFact entry) => throw new InvalidOperationException("cannot read " + entry.Service);
}

[Name("Custom.UndefinedService")]
[Description("Inserts an entry for a service the library does not define.")]
internal sealed class UndefinedServiceRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => ctx.Insert(Decide()));
    }

    private static RecommendationFact Decide() =>
        RecommendationFact.ViaDirectSelection((PaymentService)99, [], LocalizableText.Of("정의되지 않은 서비스"), []);
}

[Name("Custom.CardsToNiceLate")]
[Description("At a priority below the plan's, turns the card entry into NICE Payments only, so the plan must follow.")]
[Priority(-1000)]
internal sealed class CardsToNiceLateRule : Rule
{
    public override void Define()
    {
        RecommendationFact card = null!;

        When().Match(() => card, r => r.Service == PaymentService.CardPayment && r.Providers.Count > 1);
        Then().Do(ctx => Replace(ctx, card));
    }

    private static void Replace(IContext ctx, RecommendationFact card)
    {
        ctx.Retract(card);
        ctx.Insert(card with { Providers = [PaymentProvider.NicePayments] });
    }
}

[Name("Custom.AddsTossForCards")]
[Description("Adds a direct-selection entry for cards naming Toss Payments, as a team with its own PG preference would.")]
internal sealed class AddsTossForCardsRule : Rule
{
    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When().Match(() => need, n => n.Service == PaymentService.CardPayment && n.Context.HasExistingContract(PaymentProvider.TossPayments));
        Then().Do(ctx => ctx.Insert(Decide()));
    }

    private static RecommendationFact Decide() => RecommendationFact.ViaDirectSelection(
        PaymentService.CardPayment,
        [PaymentProvider.TossPayments],
        LocalizableText.Of("토스페이먼츠를 직접 고릅니다.", "Pick Toss Payments directly."),
        []);
}
