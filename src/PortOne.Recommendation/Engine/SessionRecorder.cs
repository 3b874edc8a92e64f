using System;
using System.Collections.Generic;
using NRules;
using NRules.Diagnostics;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// One NRules session and what it did during the current call: which rules fired, in order, and which output facts
/// are in working memory, each with the rule that was firing when it was inserted. It subscribes to the session's
/// events once, when the session is created, and is reset at the start of every call. Serves one call at a time, on
/// one thread (see <see cref="SessionPool"/>).
/// </summary>
internal sealed class SessionRecorder
{
    private readonly List<string> _firedRules = [];
    private readonly List<Output> _outputs = [];
    private readonly List<object> _inserted = [];
    private readonly List<object> _requirementFacts = new(8);
    private readonly EventHandler<WorkingMemoryEventArgs> _onFactRetracted;
    private readonly int _catalogFactCount;
    private string? _firingRule;

    public SessionRecorder(ISession session, IReadOnlyCollection<object> catalogFacts)
    {
        Session = session;

        // The catalog's facts are the same for every call: they go in once, before anything listens, and stay.
        session.InsertAll(catalogFacts);
        _catalogFactCount = catalogFacts.Count;
        var events = session.Events;
        events.RuleFiringEvent += OnRuleFiring;
        events.RuleFiredEvent += OnRuleFired;
        events.FactInsertedEvent += OnFactInserted;
        events.FactUpdatedEvent += OnFactUpdated;
        _onFactRetracted = OnFactRetracted;
        events.FactRetractedEvent += _onFactRetracted;
        events.LhsExpressionFailedEvent += OnLhsExpressionFailed;
    }

    public ISession Session { get; }

    public IReadOnlyList<string> FiredRules => _firedRules;

    /// <summary>Gets the output facts in working memory, in insertion order, with the rule that produced each.</summary>
    public IReadOnlyList<Output> Outputs => _outputs;

    /// <summary>Gets the rule that was firing when the last failure happened, or the rules whose condition failed.</summary>
    public string? FailedRule { get; private set; }

    /// <summary>Starts a call: forgets the previous one and inserts the facts of the requirements, then fires the rules.</summary>
    public void Run(MerchantRequirements requirements, CatalogEdition edition)
    {
        _firedRules.Clear();
        _outputs.Clear();
        _inserted.Clear();
        _firingRule = null;
        FailedRule = null;

        _requirementFacts.Clear();
        RequirementFacts.AddTo(_requirementFacts, requirements, edition);
        Session.InsertAll(_requirementFacts);
        Session.Fire();
    }

    /// <summary>
    /// Retracts every fact of the call (standalone facts directly; linked facts go with the activations that made
    /// them) and tells whether working memory is empty afterwards.
    /// </summary>
    public bool RetractAll()
    {
        // Nothing listens to the retractions of the cleanup, so NRules does not allocate an event for each.
        Session.Events.FactRetractedEvent -= _onFactRetracted;
        try
        {
            Session.TryRetractAll(_inserted, BatchOptions.SkipFailed);
            _inserted.Clear();
            var remaining = 0;
            foreach (var fact in (IEnumerable<object>)Session.Query<object>())
            {
                if (fact is not CapabilityProvidersFact || ++remaining > _catalogFactCount)
                {
                    return false;
                }
            }

            return remaining == _catalogFactCount;
        }
        finally
        {
            Session.Events.FactRetractedEvent += _onFactRetracted;
        }
    }

    private void OnRuleFiring(object? sender, AgendaEventArgs e) => _firingRule = e.Rule.Name;

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        _firedRules.Add(e.Rule.Name);
        _firingRule = null;
    }

    private void OnFactInserted(object? sender, WorkingMemoryEventArgs e)
    {
        var fact = e.Fact.Value;
        if (fact is null)
        {
            return;
        }

        _inserted.Add(fact);
        if (IsOutput(fact))
        {
            _outputs.Add(new Output(fact, _firingRule ?? "(inserted outside a rule)"));
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
