using System;
using System.Collections.Generic;
using System.Diagnostics;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The engine's uncached call (<c>RecommendationEngine.Run</c>) rebuilt from the library's own parts, step by step, so
/// that each step can be timed (<see cref="Phases"/>) and the rules can be compiled another way (the cold-start levers
/// in <see cref="ColdStart"/>): validation, the requirements snapshot, the call fact, the decisions, the plan stage,
/// the result assembler. The agreement check compares its answers with the engine's.
/// </summary>
internal sealed class EnginePipeline
{
    private readonly ProviderCatalog _catalog = ProviderCatalog.Default;
    private readonly EditionView[] _views;
    private readonly TextCache _texts = new();
    private readonly TextLanguage _language;
    private readonly ISessionFactory? _factory;
    private EngineSession? _session;

    public EnginePipeline(TextLanguage language, ISessionFactory? factory = null)
    {
        _language = language;
        _factory = factory;
        var edition = _catalog.Edition(new RecommendationEngine(new RecommendationOptions()).PackageEdition);
        _views = [new(edition, null), new(edition, PortOneApiVersion.V1), new(edition, PortOneApiVersion.V2)];
    }

    /// <summary>Loads the built-in rules as the engine does, and compiles them with the given expression compiler
    /// (<see langword="null"/>: NRules' default, the BCL's <c>Expression.Compile</c>).</summary>
    public static ISessionFactory CompileBuiltInRules(IExpressionCompiler? compiler, bool explain = false) =>
        Compile(LoadBuiltInRules(explain), compiler);

    /// <summary>Loads the built-in rules as the engine does: the explanation rules only for calls that explain.</summary>
    public static RuleRepository LoadBuiltInRules(bool explain = false)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(typeof(RecommendationEngine).Assembly)
            .Where(rule => explain || !rule.IsTagged(Rules.ProviderReasons.Tag)));
        return repository;
    }

    public static ISessionFactory Compile(RuleRepository repository, IExpressionCompiler? compiler)
    {
        var ruleCompiler = new RuleCompiler();
        if (compiler is not null)
        {
            ruleCompiler.ExpressionCompiler = compiler;
        }

        return ruleCompiler.Compile(repository.GetRuleSets());
    }

    /// <summary>Runs the rules of a call as the engine does, in an engine session of this pipeline's, and nothing
    /// else (no validation, no result); returns how many rules fired.</summary>
    public int RunRules(MerchantRequirements requirements)
    {
        var snapshot = RequirementsSnapshot.Of(requirements);
        var session = _session ??= new EngineSession(_factory ?? throw new InvalidOperationException("No compiled rules."), CallerFactKinds.None);
        session.Run(snapshot, requirements.ExistingContracts, View(snapshot), _catalog, explain: false, 10_000);
        var fired = session.Recorder.FiredRules.Count;
        session.EndCall();
        return fired;
    }

    /// <summary>Answers like the engine with its cache off, in an engine session of this pipeline's, reused call
    /// after call as the engine's pool reuses its sessions; with <paramref name="phases"/>, adds each step's time and
    /// allocated bytes to it.</summary>
    public RecommendationResult Recommend(MerchantRequirements requirements, PhaseTotals? phases = null, bool explain = false)
    {
        var factory = _factory ?? throw new InvalidOperationException("No compiled rules.");
        var clock = new PhaseClock(phases);
        RequirementsValidator.ThrowIfInvalid(requirements, _language);
        clock.Lap(nameof(Phase.Validation));
        var snapshot = RequirementsSnapshot.Of(requirements);
        var view = View(snapshot);
        var session = _session ??= new EngineSession(factory, CallerFactKinds.None);
        clock.Lap(nameof(Phase.Snapshot));
        var firing = phases is null ? null : new FiringClock(session.Session, phases);
        session.StepEnded = phases is null ? null : clock.Lap;
        session.Run(snapshot, requirements.ExistingContracts, view, _catalog, explain, 10_000);
        clock.Lap("Stages");
        var result = ResultAssembler.Assemble(session, _texts, _language, view.Edition.Edition);
        session.EndCall();
        clock.Lap(nameof(Phase.Assembly));
        firing?.Detach();
        session.StepEnded = null;
        return result;
    }

    private EditionView View(in RequirementsSnapshot snapshot) => _views[snapshot.ApiVersion is { } api ? (int)api + 1 : 0];

    /// <summary>Times the steps of one call on the current thread.</summary>
    private sealed class PhaseClock(PhaseTotals? totals)
    {
        private long _time = Stopwatch.GetTimestamp();
        private long _bytes = GC.GetAllocatedBytesForCurrentThread();

        public void Lap(string phase)
        {
            if (totals is null)
            {
                return;
            }

            var time = Stopwatch.GetTimestamp();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            totals.Add(phase, time - _time, bytes - _bytes);
            _time = Stopwatch.GetTimestamp();
            _bytes = GC.GetAllocatedBytesForCurrentThread();
        }
    }

    /// <summary>Times each rule's firing (its action and what the action's inserts set off in the network).</summary>
    private sealed class FiringClock
    {
        private readonly ISession _session;
        private readonly PhaseTotals _totals;
        private long _time;
        private long _bytes;

        public FiringClock(ISession session, PhaseTotals totals)
        {
            _session = session;
            _totals = totals;
            session.Events.RuleFiringEvent += OnFiring;
            session.Events.RuleFiredEvent += OnFired;
        }

        public void Detach()
        {
            _session.Events.RuleFiringEvent -= OnFiring;
            _session.Events.RuleFiredEvent -= OnFired;
        }

        private void OnFiring(object? sender, NRules.Diagnostics.AgendaEventArgs e)
        {
            _time = Stopwatch.GetTimestamp();
            _bytes = GC.GetAllocatedBytesForCurrentThread();
        }

        private void OnFired(object? sender, NRules.Diagnostics.AgendaEventArgs e)
        {
            var ticks = Stopwatch.GetTimestamp() - _time;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - _bytes;
            _totals.Add(e.Rule.Name, ticks, bytes);
        }
    }
}

/// <summary>The steps of an uncached call.</summary>
internal enum Phase
{
    Validation,
    Snapshot,
    Facts,
    Decisions,
    Plan,
    Assembly,
}

/// <summary>Time (stopwatch ticks) and allocated bytes per named step, summed over calls.</summary>
internal sealed class PhaseTotals
{
    private readonly Dictionary<string, (long Ticks, long Bytes, long Count)> _totals = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (long Ticks, long Bytes, long Count)> Totals => _totals;

    public void Add(string step, long ticks, long bytes)
    {
        var (t, b, c) = _totals.TryGetValue(step, out var total) ? total : default;
        _totals[step] = (t + ticks, b + bytes, c + 1);
    }
}
