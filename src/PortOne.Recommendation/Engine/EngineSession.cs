using System.Collections.Generic;
using NRules;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation;

/// <summary>
/// One NRules session and the two facts that live in it, serving one call at a time: the call fact, filled and updated
/// for each call, and the plan fact. A call runs in stages: the decision rules fire on the call fact and emit their
/// outputs; when the caller registered rules, the needs, context and outputs are inserted as facts for those rules to
/// change; then the plan is worked out from the final entries and the plan fact updated, for the rules over the plan
/// (and the explanation rules). When the caller's rules change the entries again, the plan is worked out again.
/// </summary>
/// <remarks>A session that threw, halted or reached the firing bound is dropped by the engine, never reused.</remarks>
internal sealed class EngineSession
{
    private readonly ISession _session;
    private readonly bool _callerRules;
    private readonly CallerFactKinds _callerKinds;
    private readonly List<object> _callerFacts;
    private readonly List<RecommendationFact> _entries = new(8);
    private readonly PlanScratch _scratch = new();
    private readonly StageEndFact _stageEnd = new();
    private readonly List<string> _outputNames = new(16);
    private bool _stageEndInserted;
    private bool _callInserted;
    private bool _planInserted;

    public EngineSession(ISessionFactory factory, CallerFactKinds callerKinds)
    {
        _callerKinds = callerKinds;
        var callerRules = _callerRules = callerKinds.Any;
        _callerFacts = new List<object>(callerRules ? 16 : 0);

        // The recorder subscribes before the session is activated, so a condition that fails then is named too.
        SessionRecorder? recorder = null;
        try
        {
            _session = factory.CreateSession(session => recorder = new SessionRecorder(session, tracksOutputs: callerRules));
        }
        catch (RuleLhsExpressionEvaluationException ex)
        {
            // A condition that needs no fact is evaluated when the session is made (an aggregate over no facts).
            throw RecommendationEngine.RuleFailed(recorder?.FailedCondition, "its condition", ex);
        }

        Recorder = recorder!;

        // A rule whose conditions need no fact (only Not or Exists over facts not yet there) is activated when the
        // session is made; in a session that serves call after call that activation belongs to no call, so it goes.
        _session.Agenda.Clear();
    }

    public CallFact Call { get; } = new();

    /// <summary>Gets the NRules session; for the benchmarks' clocks.</summary>
    internal ISession Session => _session;

    public ContractPlanFact Plan { get; } = new();

    public SessionRecorder Recorder { get; }

    /// <summary>Gets a value indicating whether the call just run has a plan: it has entries.</summary>
    public bool HasPlan { get; private set; }

    /// <summary>Gets or sets what is told when a step of a call ends (its name), to time the steps; for the benchmarks.</summary>
    internal System.Action<string>? StepEnded { get; set; }

    /// <summary>Runs one call. Its outputs are then in <see cref="Call"/>'s outputs, its plan in <see cref="Plan"/>.</summary>
    public RunOutcome Run(RequirementsSnapshot requirements, IReadOnlyList<PaymentProvider> existing, EditionView view, ProviderCatalog catalog, bool explain, int maxFirings)
    {
        Call.Reset(requirements, existing, view, catalog, explain);
        Recorder.Reset();
        HasPlan = false;
        var remaining = maxFirings;
        StepEnded?.Invoke("Facts");

        // The decisions. (A caller's rule may have retracted the engine's own facts: they are put back.)
        Upsert(Call, ref _callInserted);
        if (_callerRules)
        {
            // The stage's end marker, so that a caller's rule that halts the session in this stage is caught too.
            Upsert(_stageEnd, ref _stageEndInserted);
        }

        var outcome = Fire(ref remaining);
        StepEnded?.Invoke("Decisions");
        if (outcome != RunOutcome.Completed)
        {
            return outcome;
        }

        var outputs = Call.Outputs;
        if (!_callerRules)
        {
            foreach (var entry in outputs.Entries)
            {
                _entries.Add(entry.Value);
            }

            outcome = _entries.Count == 0 ? RunOutcome.Completed : RunPlan(ref remaining);
            StepEnded?.Invoke("Plan");
            return outcome;
        }

        // The caller's stage: what the caller's rules see as facts, in one batch. The entries always pass through the
        // session (they are what the plan is read back from); the advisories only when a rule of the caller's can
        // match them. Each output is attributed to the rule that emitted it.
        _callerFacts.Clear();
        _outputNames.Clear();
        FactBuilder.AddCallerFacts(_callerFacts, Call, _callerKinds.Needs, _callerKinds.Context, _callerKinds.ExplanationRequest);
        foreach (var entry in outputs.Entries)
        {
            AddOutput(entry.Value, entry.RuleName);
        }

        outputs.Entries.Clear();
        if (_callerKinds.Advisories)
        {
            foreach (var advisory in outputs.Advisories)
            {
                AddOutput(advisory.Value, advisory.RuleName);
            }

            outputs.Advisories.Clear();
        }

        Recorder.InsertAttributed(_session, _callerFacts, _outputNames);
        Upsert(_stageEnd, ref _stageEndInserted);

        outcome = Fire(ref remaining);
        outputs.BeginPlanStage();
        while (outcome == RunOutcome.Completed)
        {
            _entries.Clear();
            foreach (var output in Recorder.Outputs)
            {
                if (output.Fact is RecommendationFact entry)
                {
                    _entries.Add(entry);
                }
            }

            if (_entries.Count == 0)
            {
                // The caller's rules withdrew every entry: no plan, and nothing the plan stage said stands.
                outputs.ClearPlanStage();
                HasPlan = false;
                break;
            }

            // Work the plan out (again), and again only if the plan stage left other entries: a rule that yields an
            // entry from the plan replaces it with an equal one each time, which changes nothing.
            var changes = Recorder.EntryChanges;
            outputs.ClearPlanStage();
            outcome = RunPlan(ref remaining);
            if (Recorder.EntryChanges == changes || SameEntries(Recorder.Outputs, _entries))
            {
                break;
            }
        }

        return outcome;
    }

    /// <summary>After a call: what the caller's stage inserted leaves the session (the call and plan facts stay for
    /// the next call), and what that retraction activated is dropped, so the next call starts clean.</summary>
    public void EndCall()
    {
        _entries.Clear();
        if (!_callerRules)
        {
            return;
        }

        var facts = new List<object>();
        foreach (var fact in _session.Query<object>())
        {
            if (!ReferenceEquals(fact, Call) && !ReferenceEquals(fact, _stageEnd))
            {
                facts.Add(fact);
            }
        }

        // A fact a caller's rule yielded (a linked fact) leaves with the match it came from, so it may be gone already.
        _session.TryRetractAll(facts, BatchOptions.SkipFailed);
        _planInserted = false;
        _session.Agenda.Clear();
    }

    /// <summary>Adds an output to the caller's batch, once (equal outputs are one fact, and the result keeps one).</summary>
    private void AddOutput(object output, string ruleName)
    {
        if (!_callerFacts.Contains(output))
        {
            _callerFacts.Add(output);
            _outputNames.Add(ruleName);
        }
    }

    private RunOutcome RunPlan(ref int remaining)
    {
        Call.Outputs.BeginPlanStage();
        HasPlan = true;
        Plan.Set(ContractPlanner.Plan(_entries, Call.Context, _scratch), _entries, Call);
        Upsert(Plan, ref _planInserted);
        if (_callerRules)
        {
            Upsert(_stageEnd, ref _stageEndInserted);
        }

        return Fire(ref remaining);
    }

    /// <summary>Whether the entries in working memory are, in order, equal to the ones the plan was worked out from.</summary>
    private static bool SameEntries(IReadOnlyList<SessionRecorder.Output> outputs, List<RecommendationFact> entries)
    {
        var index = 0;
        for (var i = 0; i < outputs.Count; i++)
        {
            if (outputs[i].Fact is RecommendationFact entry)
            {
                if (index >= entries.Count || !entry.Equals(entries[index]))
                {
                    return false;
                }

                index++;
            }
        }

        return index == entries.Count;
    }

    /// <summary>Updates one of the engine's own facts, or inserts it when it is not in the session (yet, or any more:
    /// a caller's rule may have retracted it).</summary>
    private void Upsert(object fact, ref bool inserted)
    {
        if (!inserted || !_session.TryUpdate(fact))
        {
            _session.Insert(fact);
            inserted = true;
        }
    }

    private RunOutcome Fire(ref int remaining)
    {
        var fired = _session.Fire(remaining);
        remaining -= fired;
        if (_session.Agenda.IsEmpty)
        {
            return RunOutcome.Completed;
        }

        return remaining <= 0 ? RunOutcome.FiringLimitReached : RunOutcome.Halted;
    }
}
