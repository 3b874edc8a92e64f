using System.Threading;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.CustomRules;

// Rules of an adversarial caller: each probes one way a reused session could answer differently from a fresh engine,
// crash with something other than RecommendationRuleException, or blame the wrong rule. Internal, so that
// AddRules(assembly) skips them.

/// <summary>A fact type of the caller's own.</summary>
internal sealed record AdvMarker(object Source);

[Name("Adv.YieldsFromEntries")]
[Description("Yields a linked marker per entry, and a second rule counts the markers into an advisory-free no-op.")]
internal sealed class AdvYieldsFromEntriesRule : Rule
{
    public override void Define()
    {
        RecommendationFact entry = null!;

        When().Match(() => entry);
        Then().Yield(ctx => new AdvMarker(entry));
    }
}

[Name("Adv.YieldsFromAnything")]
[Description("Matches every fact in the session (object) and yields a linked marker for it.")]
internal sealed class AdvYieldsFromAnythingRule : Rule
{
    public override void Define()
    {
        object fact = null!;

        When().Match(() => fact, f => !(f is AdvMarker));
        Then().Yield(ctx => new AdvMarker(fact));
    }
}

[Name("Adv.RetractsPlanAndChangesCard")]
[Description("In the plan stage, retracts the plan fact and turns the KG Inicis card entry into NICE Payments.")]
internal sealed class AdvRetractsPlanAndChangesCardRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;
        RecommendationFact card = null!;

        When()
            .Match(() => plan)
            .Match(() => card, r => r.Service == PaymentService.CardPayment && r.Providers.Count > 1);
        Then().Do(ctx => Act(ctx, plan, card));
    }

    private static void Act(IContext ctx, ContractPlanFact plan, RecommendationFact card)
    {
        ctx.Retract(plan);
        ctx.Retract(card);
        ctx.Insert(card with { Providers = [PaymentProvider.NicePayments] });
    }
}

[Name("Adv.RetractsPlan")]
[Description("In the plan stage, retracts the plan fact and nothing else.")]
internal sealed class AdvRetractsPlanRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When().Match(() => plan);
        Then().Do(ctx => ctx.Retract(plan));
    }
}

[Name("Adv.RetractsContext")]
[Description("Retracts the call's context fact.")]
internal sealed class AdvRetractsContextRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;

        When().Match(() => context);
        Then().Do(ctx => ctx.Retract(context));
    }
}

[Name("Adv.RetractsEngineFacts")]
[Description("Matches every fact (object) and retracts the ones that are not the caller's stage's public facts.")]
internal sealed class AdvRetractsEngineFactsRule : Rule
{
    public override void Define()
    {
        object fact = null!;

        When().Match(() => fact, f => f.GetType().Name == "StageEndFact");
        Then().Do(ctx => ctx.Retract(fact));
    }
}

[Name("Adv.HaltsLast")]
[Description("At the lowest priority (the stage end's own), halts the session once per call when it sees an entry.")]
[Priority(int.MinValue)]
internal sealed class AdvHaltsLastRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;

        When().Match(() => context);
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Adv.TogglesCardOnPlan")]
[Description("Whenever the plan changes, flips the card entry between NICE Payments and KG Inicis: it never settles.")]
[Priority(-100)]
internal sealed class AdvTogglesCardOnPlanRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;
        RecommendationFact card = null!;

        When()
            .Match(() => plan)
            .Match(() => card, r => r.Service == PaymentService.CardPayment);
        Then().Do(ctx => Flip(ctx, card));
    }

    private static void Flip(IContext ctx, RecommendationFact card)
    {
        ctx.Retract(card);
        ctx.Insert(card with
        {
            Providers = card.Providers.Count == 1 && card.Providers[0] == PaymentProvider.NicePayments
                ? [PaymentProvider.KgInicis]
                : [PaymentProvider.NicePayments],
        });
    }
}

[Name("Adv.ThrowsOnSecondCall")]
[Description("Throws in its action on the second call it sees (counted across the process), and only then.")]
internal sealed class AdvThrowsOnSecondCallRule : Rule
{
    private static int _calls;

    public static void ResetCount() => Interlocked.Exchange(ref _calls, 0);

    public override void Define()
    {
        MerchantContextFact context = null!;

        When().Match(() => context);
        Then().Do(ctx => Count());
    }

    private static void Count()
    {
        if (Interlocked.Increment(ref _calls) == 2)
        {
            throw new System.InvalidOperationException("second call");
        }
    }
}

/// <summary>The engine the re-entrant rules call back into.</summary>
internal static class AdvReentry
{
    public static RecommendationEngine? Engine { get; set; }

    public static RecommendationResult? Inner { get; set; }

#pragma warning disable SA1401, CA2211 // a field, for Interlocked
    public static int Entered;
#pragma warning restore SA1401, CA2211
}

[Name("Adv.CallsEngineFromPlanExplained")]
[Description("From the plan stage, calls the engine that runs it, with an explanation, and keeps the answer.")]
internal sealed class AdvCallsEngineFromPlanRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When().Match(() => plan);
        Then().Do(ctx => Call());
    }

    private static void Call()
    {
        if (AdvReentry.Engine is { } engine && Interlocked.Exchange(ref AdvReentry.Entered, 1) == 0)
        {
            AdvReentry.Inner = engine.Recommend(new MerchantRequirements { CardPayment = true }, new RecommendationContext { Explain = true });
        }
    }
}

[Name("Adv.InsertsOwnFactThenNot")]
[Description("Inserts a marker of its own per entry when none is there yet; the marker is the caller's own fact type.")]
internal sealed class AdvInsertsOwnFactRule : Rule
{
    public override void Define()
    {
        RecommendationFact entry = null!;

        When()
            .Match(() => entry)
            .Not<AdvMarker>(m => ReferenceEquals(m.Source, entry));
        Then().Do(ctx => ctx.Insert(new AdvMarker(entry)));
    }
}

[Name("Adv.DropsCardWhenMarked")]
[Description("Drops the card entry once a marker exists for it: with a marker left over from a previous call, it would drop too early.")]
internal sealed class AdvDropsSecondCardRule : Rule
{
    public override void Define()
    {
        AdvMarker marker = null!;

        When().Match(() => marker, m => m.Source is RecommendationFact);
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Adv.ExplanationWatcher")]
[Description("Matches the explanation request and the entries, changes nothing.")]
internal sealed class AdvExplanationWatcherRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        RecommendationFact entry = null!;

        When().Match(() => request).Match(() => entry);
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Adv.YieldsTossEntryForCards")]
[Description("Yields (a linked fact) a direct-selection Toss Payments entry for bank transfers from the card need.")]
internal sealed class AdvYieldsEntryFromNeedRule : Rule
{
    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When().Match(() => need, n => n.Service == PaymentService.CardPayment);
        Then().Yield(ctx => Decide());
    }

    public static RecommendationFact Decide() => RecommendationFact.ViaDirectSelection(
        PaymentService.BankTransfer,
        [PaymentProvider.TossPayments],
        LocalizableText.Of("토스페이먼츠로 계좌이체를 신청합니다.", "Bank transfers go to Toss Payments."),
        [LocalizableText.Of("토스페이먼츠에 신청합니다.", "Apply to Toss Payments.")]);
}

[Name("Adv.FirstEntryAggregate")]
[Description("Collects the entries and looks at the first one: its condition throws when there are none.")]
internal sealed class AdvFirstEntryAggregateRule : Rule
{
    public override void Define()
    {
        System.Collections.Generic.IEnumerable<RecommendationFact> entries = null!;

        When().Query(() => entries, q => q.Match<RecommendationFact>().Collect().Where(c => System.Linq.Enumerable.First(c).Providers.Count > 0));
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Adv.HaltsLastInPlan")]
[Description("At the lowest priority (the stage end's own), halts the session when it sees the plan.")]
[Priority(int.MinValue)]
internal sealed class AdvHaltsLastInPlanRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When().Match(() => plan);
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Adv.FirstEntryAggregateInContext")]
[Description("With the call's context, collects the entries and looks at the first one: its condition throws when there are none.")]
internal sealed class AdvFirstEntryAggregateInContextRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;
        System.Collections.Generic.IEnumerable<RecommendationFact> entries = null!;

        When()
            .Match(() => context)
            .Query(() => entries, q => q.Match<RecommendationFact>().Collect().Where(c => context.HasExistingContract(PaymentProvider.TossPayments) || System.Linq.Enumerable.First(c).Providers.Count > 0));
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Adv.RetractsCallFact")]
[Description("Matches every fact (object) and retracts the engine's own call fact.")]
internal sealed class AdvRetractsCallFactRule : Rule
{
    public override void Define()
    {
        object fact = null!;

        When().Match(() => fact, f => f.GetType().Name == "CallFact");
        Then().Do(ctx => ctx.Retract(fact));
    }
}

[Name("Adv.HaltsOnCallFact")]
[Description("At the lowest priority, halts the session when it sees the engine's call fact (matched as object), in the decisions.")]
[Priority(int.MinValue)]
internal sealed class AdvHaltsOnCallFactRule : Rule
{
    public override void Define()
    {
        object fact = null!;

        When().Match(() => fact, f => f.GetType().Name == "CallFact");
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Adv.RetractsCards")]
[Description("Withdraws every card entry.")]
internal sealed class AdvRetractsCardsRule : Rule
{
    public override void Define()
    {
        RecommendationFact card = null!;

        When().Match(() => card, r => r.Service == PaymentService.CardPayment);
        Then().Do(ctx => ctx.Retract(card));
    }
}

[Name("Adv.NotOnlyAddsBankTransfer")]
[Description("A rule whose only condition is Not: when no card entry is left, adds a bank-transfer entry (once).")]
internal sealed class AdvNotOnlyRule : Rule
{
    public override void Define()
    {
        When()
            .Not<RecommendationFact>(r => r.Service == PaymentService.CardPayment)
            .Not<RecommendationFact>(r => r.Service == PaymentService.BankTransfer && r.Providers.Count == 1 && r.Providers[0] == PaymentProvider.TossPayments);
        Then().Do(ctx => ctx.Insert(AdvYieldsEntryFromNeedRule.Decide()));
    }
}

[Name("Adv.MarksThePlan")]
[Description("In the plan stage, inserts a marker of its own for the plan, and another rule watches it.")]
internal sealed class AdvMarksThePlanRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When().Match(() => plan).Not<AdvMarker>(m => ReferenceEquals(m.Source, plan));
        Then().Do(ctx => ctx.Insert(new AdvMarker(plan)));
    }
}

[Name("Adv.YieldsEntryFromPlan")]
[Description("From the plan, yields (a linked fact) the same direct-selection Toss Payments bank-transfer entry.")]
internal sealed class AdvYieldsEntryFromPlanRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When().Match(() => plan);
        Then().Yield(ctx => AdvYieldsEntryFromNeedRule.Decide());
    }
}
