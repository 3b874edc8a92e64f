using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// NRules by itself, the documented way: one compiled session factory, a new session per call, four trivial rules
/// that each match one kind of need and record an answer. What any NRules-based engine pays before doing real work.
/// </summary>
public sealed class RawNRules
{
    private readonly ISessionFactory _factory;

    public RawNRules()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(CardRule), typeof(TransferRule), typeof(RecurringRule), typeof(OverseasRule)));
        _factory = repository.Compile();
    }

    /// <returns>The number of rules that fired.</returns>
    public int Run(MerchantRequirements requirements)
    {
        var session = _factory.CreateSession();
        var answers = new Answers();
        session.Insert(answers);
        if (requirements.CardPayment)
        {
            session.Insert(new Need(NeedKind.Card));
        }

        if (requirements.BankTransfer)
        {
            session.Insert(new Need(NeedKind.Transfer));
        }

        if (requirements.RecurringCard is not null)
        {
            session.Insert(new Need(NeedKind.Recurring));
        }

        if (requirements.OverseasCards)
        {
            session.Insert(new Need(NeedKind.Overseas));
        }

        session.Fire();
        return answers.Count;
    }

    public enum NeedKind
    {
        Card,
        Transfer,
        Recurring,
        Overseas,
    }

    public sealed record Need(NeedKind Kind);

    public sealed class Answers
    {
        public int Count { get; private set; }

        public void Add() => Count++;
    }

    public sealed class CardRule : Rule
    {
        public override void Define()
        {
            Answers answers = null!;
            When().Match<Need>(n => n.Kind == NeedKind.Card).Match(() => answers);
            Then().Do(_ => answers.Add());
        }
    }

    public sealed class TransferRule : Rule
    {
        public override void Define()
        {
            Answers answers = null!;
            When().Match<Need>(n => n.Kind == NeedKind.Transfer).Match(() => answers);
            Then().Do(_ => answers.Add());
        }
    }

    public sealed class RecurringRule : Rule
    {
        public override void Define()
        {
            Answers answers = null!;
            When().Match<Need>(n => n.Kind == NeedKind.Recurring).Match(() => answers);
            Then().Do(_ => answers.Add());
        }
    }

    public sealed class OverseasRule : Rule
    {
        public override void Define()
        {
            Answers answers = null!;
            When().Match<Need>(n => n.Kind == NeedKind.Overseas).Match(() => answers);
            Then().Do(_ => answers.Add());
        }
    }
}
