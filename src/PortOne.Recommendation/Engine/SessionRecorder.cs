using System;
using System.Collections.Generic;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// Records what happens in one engine session during a call: which rules fired, in order, which rule was firing or
/// failed, and, when the caller registered rules of their own, which output facts are in working memory (each with
/// the rule that inserted or last updated it). It subscribes once, when the session is made, and is reset for each call.
/// </summary>
internal sealed class SessionRecorder
{
    private readonly List<string> _firedRules = new(32);
    private readonly List<Output> _outputs;
    private string? _firingRule;
    private List<string>? _names;
    private int _nameIndex;

    public SessionRecorder(ISession session, bool tracksOutputs)
    {
        _outputs = new List<Output>(tracksOutputs ? 16 : 0);
        var events = session.Events;
        events.RuleFiringEvent += OnRuleFiring;
        events.RuleFiredEvent += OnRuleFired;
        events.LhsExpressionFailedEvent += OnLhsExpressionFailed;
        if (tracksOutputs)
        {
            events.FactInsertedEvent += OnFactInserted;
            events.FactUpdatedEvent += OnFactUpdated;
            events.FactRetractedEvent += OnFactRetracted;
        }
    }

    public IReadOnlyList<string> FiredRules => _firedRules;

    /// <summary>Gets the output facts in working memory, in insertion order, with the rule that produced each (only
    /// when the session tracks outputs).</summary>
    public IReadOnlyList<Output> Outputs => _outputs;

    /// <summary>Gets how often an entry was inserted, updated or retracted in this call: a change tells the engine
    /// to work the plan out again.</summary>
    public int EntryChanges { get; private set; }

    /// <summary>Gets the rule that was firing when the last failure happened.</summary>
    public string? FiringRule => _firingRule;

    /// <summary>Gets the rules whose condition failed on a fact, if one did: the true cause of a failure even when it
    /// surfaces inside another rule's action (which inserted the fact).</summary>
    public string? FailedCondition { get; private set; }

    public void Reset()
    {
        _firedRules.Clear();
        _outputs.Clear();
        _firingRule = null;
        EntryChanges = 0;
        FailedCondition = null;
    }

    /// <summary>Inserts facts in one batch; the outputs among them, in order, are attributed to
    /// <paramref name="outputNames"/> (the rules that emitted them).</summary>
    public void InsertAttributed(ISession session, List<object> facts, List<string> outputNames)
    {
        _names = outputNames;
        _nameIndex = 0;
        try
        {
            session.InsertAll(facts);
        }
        finally
        {
            _names = null;
        }
    }

    /// <summary>The rule that fired most often in this call, and how often (the one that kept firing when the limit
    /// was reached). Counted only when it is asked for, so a call that ends well pays nothing for it.</summary>
    public (string Rule, int Count) MostFired()
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

        return (name, most);
    }

    private void OnRuleFiring(object? sender, AgendaEventArgs e) => _firingRule = e.Rule.Name;

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        if (!string.Equals(e.Rule.Name, Rules.StageEndRule.RuleName, StringComparison.Ordinal))
        {
            _firedRules.Add(e.Rule.Name);
        }
    }

    private void OnFactInserted(object? sender, WorkingMemoryEventArgs e)
    {
        var fact = e.Fact.Value;
        if (IsOutput(fact))
        {
            var name = _names is { } names && _nameIndex < names.Count ? names[_nameIndex++] : _firingRule ?? "(inserted outside a rule)";
            _outputs.Add(new Output(e.Fact, fact!, name));
            EntryChanges += fact is RecommendationFact ? 1 : 0;
        }
    }

    private void OnFactUpdated(object? sender, WorkingMemoryEventArgs e)
    {
        var index = IndexOf(e.Fact);
        if (index >= 0)
        {
            _outputs[index] = new Output(e.Fact, e.Fact.Value!, _firingRule ?? _outputs[index].RuleName);
            EntryChanges += e.Fact.Value is RecommendationFact ? 1 : 0;
        }
    }

    private void OnFactRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        var index = IndexOf(e.Fact);
        if (index >= 0)
        {
            EntryChanges += _outputs[index].Fact is RecommendationFact ? 1 : 0;
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

    /// <summary>Finds an output by its handle in working memory, which stays the same when the fact is updated, so an
    /// update replaces the right output.</summary>
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

    private static bool IsOutput(object? fact) => fact is RecommendationFact or AdvisoryFact or BenefitFact or ProviderReasonFact;

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
