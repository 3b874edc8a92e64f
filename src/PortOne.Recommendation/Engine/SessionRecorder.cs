using System.Collections.Generic;
using NRules;
using NRules.Diagnostics;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// Listens to one session: which rules fired, in order, and which output facts are in working memory, each with the
/// rule that was firing when it was inserted. Serves one call on one thread.
/// </summary>
internal sealed class SessionRecorder
{
    private readonly List<string> _firedRules = [];
    private readonly List<Output> _outputs = [];
    private string? _firingRule;

    public SessionRecorder(ISession session)
    {
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

    /// <summary>Gets the rule that was firing when the last failure happened, or the rules whose condition failed.</summary>
    public string? FailedRule { get; private set; }

    private void OnRuleFiring(object? sender, AgendaEventArgs e) => _firingRule = e.Rule.Name;

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        _firedRules.Add(e.Rule.Name);
        _firingRule = null;
    }

    private void OnFactInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (IsOutput(e.Fact.Value))
        {
            _outputs.Add(new Output(e.Fact.Value!, _firingRule ?? "(inserted outside a rule)"));
        }
    }

    private void OnFactUpdated(object? sender, WorkingMemoryEventArgs e)
    {
        var index = IndexOf(e.Fact.Value);
        if (index >= 0)
        {
            _outputs[index] = new Output(e.Fact.Value!, _firingRule ?? _outputs[index].RuleName);
        }
    }

    private void OnFactRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        var index = IndexOf(e.Fact.Value);
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

        FailedRule = string.Join(", ", names);
    }

    private int IndexOf(object? fact)
    {
        if (!IsOutput(fact))
        {
            return -1;
        }

        for (var i = 0; i < _outputs.Count; i++)
        {
            if (_outputs[i].Fact.Equals(fact))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsOutput(object? fact) => fact is RecommendationFact or AdvisoryFact or BenefitFact or ContractPlanFact;

    /// <summary>An output fact and the rule that produced it.</summary>
    internal readonly record struct Output(object Fact, string RuleName);
}
