using System;
using System.Collections.Generic;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// Runs one call in a new NRules session and records what happened: which rules fired, in order, which output facts
/// are in working memory (each with the rule that was firing when it was inserted or last updated), and which rule
/// failed, if one did. A session serves exactly one call, on one thread.
/// </summary>
internal sealed class SessionRecorder
{
    private readonly ISession _session;
    private readonly List<string> _firedRules = new(32);
    private readonly List<Output> _outputs = new(16);
    private string? _firingRule;

    public SessionRecorder(ISession session)
    {
        _session = session;
        var events = session.Events;
        events.RuleFiringEvent += OnRuleFiring;
        events.RuleFiredEvent += OnRuleFired;
        events.FactInsertedEvent += OnFactInserted;
        events.FactUpdatedEvent += OnFactUpdated;
        events.FactRetractedEvent += OnFactRetracted;
        events.LhsExpressionFailedEvent += OnLhsExpressionFailed;
    }

    public IReadOnlyList<string> FiredRules => _firedRules;

    /// <summary>Gets the output facts in working memory, in insertion order, with the rule that produced each.</summary>
    public IReadOnlyList<Output> Outputs => _outputs;

    /// <summary>Gets the rule that was firing when the last failure happened.</summary>
    public string? FiringRule => _firingRule;

    /// <summary>Gets the rules whose condition failed on a fact, if one did: the true cause of a failure even when it
    /// surfaces inside another rule's action (which inserted the fact).</summary>
    public string? FailedCondition { get; private set; }

    /// <summary>Inserts the facts and fires the rules, at most <paramref name="maxFirings"/> times.</summary>
    /// <returns>How the run ended.</returns>
    public RunOutcome Run(List<object> facts, int maxFirings)
    {
        _session.InsertAll(facts);
        var fired = _session.Fire(maxFirings);
        if (_session.Agenda.IsEmpty)
        {
            return RunOutcome.Completed;
        }

        return fired >= maxFirings ? RunOutcome.FiringLimitReached : RunOutcome.Halted;
    }

    /// <summary>The rule that fired most often in this call (the one that kept firing when the limit was reached).
    /// Counted only when it is asked for, so a call that ends well pays nothing for it.</summary>
    public string MostFiredRule()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var name = "(unknown rule)";
        var most = 0;
        foreach (var rule in _firedRules)
        {
            var count = counts[rule] = counts.TryGetValue(rule, out var seen) ? seen + 1 : 1;
            if (count > most)
            {
                most = count;
                name = rule;
            }
        }

        return name;
    }

    private void OnRuleFiring(object? sender, AgendaEventArgs e) => _firingRule = e.Rule.Name;

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        _firedRules.Add(e.Rule.Name);
    }

    private void OnFactInserted(object? sender, WorkingMemoryEventArgs e)
    {
        var fact = e.Fact.Value;
        if (IsOutput(fact))
        {
            _outputs.Add(new Output(e.Fact, fact!, _firingRule ?? "(inserted outside a rule)"));
        }
    }

    private void OnFactUpdated(object? sender, WorkingMemoryEventArgs e)
    {
        var index = IndexOf(e.Fact);
        if (index >= 0)
        {
            _outputs[index] = new Output(e.Fact, e.Fact.Value!, _firingRule ?? _outputs[index].RuleName);
        }
    }

    private void OnFactRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        var index = IndexOf(e.Fact);
        if (index >= 0)
        {
            _outputs.RemoveAt(index);
        }
    }

    private void OnLhsExpressionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        var names = new List<string>();
        foreach (var rule in e.Rules)
        {
            names.Add(rule.Name);
        }

        FailedCondition ??= string.Join(", ", names);
    }

    /// <summary>Finds an output by its handle in working memory, which stays the same when the fact is updated (also
    /// when a rule's linked fact is replaced by a new object), so an update replaces the right output.</summary>
    private int IndexOf(IFact handle)
    {
        for (var i = 0; i < _outputs.Count; i++)
        {
            if (ReferenceEquals(_outputs[i].Handle, handle))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsOutput(object? fact) => fact is RecommendationFact or AdvisoryFact or BenefitFact or ContractPlanFact or ProviderReasonFact;

    /// <summary>An output fact and the rule that produced it.</summary>
    internal readonly record struct Output(IFact Handle, object Fact, string RuleName);
}

/// <summary>How a call's rule run ended.</summary>
internal enum RunOutcome
{
    Completed,
    FiringLimitReached,
    Halted,
}
