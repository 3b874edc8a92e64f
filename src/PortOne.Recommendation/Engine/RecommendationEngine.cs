using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using NRules;
using NRules.Fluent;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>
/// The recommendation engine: NRules rules decide, one decision each, and the engine assembles a deterministic
/// <see cref="RecommendationResult"/>. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// <para>The rule set (the built-in rules plus any added through <see cref="RecommendationOptions.AddRules(Assembly)"/>)
/// is compiled once per engine, on the first call or by <see cref="WarmUp"/>, by exactly one thread. It serves every
/// language and edition: each call may choose its own with <see cref="RecommendationContext"/>.</para>
/// <para>Each call runs in an NRules session that serves no other call at the same time (a bounded pool of sessions,
/// each reused call after call with its one call fact updated in place), so no call can see another's facts. When
/// <see cref="RecommendationOptions.CacheResults"/> is on, an answer asked for before (same requirements, language and
/// edition) comes from a bounded cache instead of a rule run.</para>
/// </remarks>
public sealed class RecommendationEngine : IRecommendationEngine
{
    private static readonly Assembly BuiltInRules = typeof(RecommendationEngine).Assembly;

    /// <summary>The rule set the caller's rules are loaded into, apart from the built-in ones.</summary>
    private const string CallerRuleSet = "Caller";

    private readonly CultureInfo _culture;
    private readonly TextLanguage _language;
    private readonly EditionChoice _edition;
    private readonly ProviderCatalog _catalog;
    private readonly Dictionary<PackageEdition, EditionView[]> _views;
    private readonly Assembly[] _ruleAssemblies;
    private readonly Type[] _ruleTypes;
    private readonly int _maxFirings;
    private readonly Lazy<SessionPool> _rules;
    private readonly Lazy<SessionPool> _explainingRules;
    private readonly TextCache _texts = new();
    private readonly ResultCache? _results;
    private readonly IServiceProvider? _services;

    /// <summary>Initializes a new instance of the <see cref="RecommendationEngine"/> class from options, which it then fixes.</summary>
    /// <param name="options">The options; the engine copies what it needs and makes them read-only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="RecommendationRuleException"><see cref="RecommendationOptions.WarmUpOnCreate"/> is on and a rule
    /// could not be loaded or compiled.</exception>
    public RecommendationEngine(RecommendationOptions options)
        : this(options, services: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecommendationEngine"/> class whose caller's rules are
    /// created from, and resolve their dependencies in, an application's service container.</summary>
    /// <param name="options">The options; the engine copies what it needs and makes them read-only.</param>
    /// <param name="services">The container, or <see langword="null"/> to create rules with their parameterless constructors.</param>
    internal RecommendationEngine(RecommendationOptions options, IServiceProvider? services)
    {
        Guard.NotNull(options);
        _services = services;
        options.Freeze();
        _culture = options.Culture;
        _language = options.Language;
        _edition = options.Edition;
        _catalog = ProviderCatalog.Default;
        _views = _catalog.Editions.ToDictionary(
            e => e.Edition,
            e => new[] { new EditionView(e, null), new EditionView(e, PortOneApiVersion.V1), new EditionView(e, PortOneApiVersion.V2) });
        _ruleAssemblies = options.RuleAssemblyArray();
        _ruleTypes = options.RuleTypeArray();
        _maxFirings = options.MaxRuleFiringsPerCall;
        _rules = new Lazy<SessionPool>(() => CompileRules(explain: false), LazyThreadSafetyMode.ExecutionAndPublication);
        _explainingRules = new Lazy<SessionPool>(() => CompileRules(explain: true), LazyThreadSafetyMode.ExecutionAndPublication);
        _results = options.CacheResults ? new ResultCache(options.ResultCacheSize) : null;
        if (options.WarmUpOnCreate)
        {
            WarmUp();
        }
    }

    /// <summary>Gets the culture that texts are written in when a call does not choose one.</summary>
    public CultureInfo Culture => _culture;

    /// <summary>Gets the package edition that calls use when they do not choose one (<see cref="EditionChoice.Latest"/>
    /// resolved to the edition it stands for).</summary>
    public PackageEdition PackageEdition => Resolve(_edition);

    /// <summary>Gets the version of the provider catalog the library ships with (its data snapshot).</summary>
    public static string CatalogVersion => ProviderCatalog.Default.Version;

    /// <summary>Gets the result cache, or <see langword="null"/> when it is off; for tests.</summary>
    internal ResultCache? Results => _results;

    /// <summary>Creates an engine without dependency injection.</summary>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>A new engine. Keep it: each engine compiles its rules once.</returns>
    public static RecommendationEngine Create(Action<RecommendationOptions>? configure = null)
    {
        var options = new RecommendationOptions();
        configure?.Invoke(options);
        return new RecommendationEngine(options);
    }

    /// <summary>Compiles the rules now, if that has not happened yet, instead of on the first call.</summary>
    /// <remarks>Call it at start-up to take the compile cost off the first request and to surface errors in your own
    /// rules early (or set <see cref="RecommendationOptions.WarmUpOnCreate"/>). Safe to call from any thread, any number
    /// of times.</remarks>
    /// <exception cref="RecommendationRuleException">A rule could not be loaded or compiled; the exception names it.</exception>
    public void WarmUp() => _ = _rules.Value;

    /// <summary>Compiles the rules of calls that explain (<see cref="RecommendationContext.Explain"/>) now, if that has
    /// not happened yet, instead of on the first such call.</summary>
    /// <exception cref="RecommendationRuleException">A rule could not be loaded or compiled; the exception names it.</exception>
    public void WarmUpExplanations() => _ = _explainingRules.Value;

    /// <inheritdoc/>
    public RecommendationResult Recommend(MerchantRequirements requirements) =>
        Recommend(requirements, RecommendationContext.Default);

    /// <inheritdoc/>
    public RecommendationResult Recommend(MerchantRequirements requirements, RecommendationContext context)
    {
        Guard.NotNull(requirements);
        Guard.NotNull(context);
        var language = LanguageOf(context);
        var edition = Resolve(context.Edition ?? _edition);
        RequirementsValidator.ThrowIfInvalid(requirements, language);
        var snapshot = RequirementsSnapshot.Of(requirements);
        var view = _views[edition][snapshot.ApiVersion.HasValue ? (int)snapshot.ApiVersion.Value + 1 : 0];
        var explain = context.Explain;
        var onboarding = context.IncludeOnboarding;
        if (_results is null)
        {
            return Run(snapshot, requirements.ExistingContracts, view, language, explain, onboarding);
        }

        var key = new ResultKey(snapshot, edition, language, explain, onboarding);
        return _results.TryGet(key, out var cached)
            ? cached
            : _results.Add(key, Run(snapshot, requirements.ExistingContracts, view, language, explain, onboarding));
    }

    private TextLanguage LanguageOf(RecommendationContext context) =>
        context.Culture is { } culture ? TextLanguages.Of(culture) : _language;

    private PackageEdition Resolve(EditionChoice choice) => choice.Edition ?? _catalog.LatestEdition;

    private RecommendationResult Run(RequirementsSnapshot snapshot, IReadOnlyList<PaymentProvider> existing, EditionView view, TextLanguage language, bool explain, bool onboarding)
    {
        var pool = (explain ? _explainingRules : _rules).Value;
        EngineSession? session = null;
        RunOutcome outcome;
        try
        {
            session = pool.Rent();
            outcome = session.Run(snapshot, existing, view, _catalog, explain, _maxFirings);
        }
        catch (RuleRhsExpressionEvaluationException ex)
        {
            // A condition of another rule that failed on a fact this action inserted is the true cause.
            throw session?.Recorder.FailedCondition is { } condition
                ? RuleFailed(condition, "its condition", ex)
                : RuleFailed(ex.RuleName, "its action", ex);
        }
        catch (RuleLhsExpressionEvaluationException ex)
        {
            throw RuleFailed(session?.Recorder.FailedCondition, "its condition", ex);
        }
        catch (AgendaExpressionEvaluationException ex)
        {
            throw RuleFailed(ex.RuleName, "its agenda filter", ex);
        }
        catch (RuleExecutionException ex)
        {
            throw RuleFailed(session?.Recorder.FailedCondition ?? session?.Recorder.FiringRule, "while running", ex);
        }

        var recorder = session!.Recorder;
        switch (outcome)
        {
            case RunOutcome.FiringLimitReached:
                {
                    // A rule that fired more than half the bound kept firing; otherwise the bound is below what the
                    // rules need, and no rule is to blame.
                    var (rule, count) = recorder.MostFired();
                    throw new RecommendationRuleException(
                        rule,
                        count * 2 > _maxFirings
                            ? $"The rule '{rule}' kept firing: rules fired {_maxFirings} times in one call (RecommendationOptions.MaxRuleFiringsPerCall), so no result was produced."
                            : $"Rules fired {_maxFirings} times in one call, the bound RecommendationOptions.MaxRuleFiringsPerCall sets, though no rule fired more than {count} times (the most: '{rule}'): the bound is lower than this call's rules need, so no result was produced.",
                        innerException: null);
                }

            case RunOutcome.Halted:
                {
                    var rule = recorder.FiringRule ?? (recorder.FiredRules.Count > 0 ? recorder.FiredRules[recorder.FiredRules.Count - 1] : null);
                    throw new RecommendationRuleException(
                        rule,
                        $"The rule '{rule ?? "(unknown rule)"}' halted the session before every rule had fired, so no result was produced: an answer would be incomplete.",
                        innerException: null);
                }
        }

        // Only a session whose call ended well serves another: one that threw, halted or kept firing is dropped, and
        // so is one whose result could not be written (a rule's output was malformed).
        var result = ResultAssembler.Assemble(session, _texts, language, view.Edition.Edition, onboarding);
        session.EndCall();
        pool.Return(session);
        return result;
    }

    internal static RecommendationRuleException RuleFailed(string? ruleName, string where, Exception ex)
    {
        var cause = ex.GetBaseException();
        var name = string.IsNullOrEmpty(ruleName) ? "(unknown rule)" : ruleName;
        return new RecommendationRuleException(
            ruleName,
            $"The rule '{name}' failed in {where}, so no result was produced. {cause.GetType().Name}: {cause.Message}",
            ex);
    }

    /// <summary>Compiles the rule set: the built-in rules (with the explanation rules only for calls that explain, so
    /// that a call that does not explain pays nothing for them) and the caller's rules.</summary>
    private SessionPool CompileRules(bool explain)
    {
        var activator = _services is null ? null : new ServiceProviderRuleActivator(_services);
        var repository = activator is null ? new RuleRepository() : new RuleRepository(activator);
        try
        {
            repository.Load(spec => spec.PrivateTypes().From(BuiltInRules).Where(rule => explain || !rule.IsTagged(Rules.ProviderReasons.Tag)));
            if (_ruleAssemblies.Length > 0)
            {
                repository.Load(spec => spec.From(_ruleAssemblies).To(CallerRuleSet));
            }

            if (_ruleTypes.Length > 0)
            {
                repository.Load(spec => spec.PrivateTypes().From(_ruleTypes).To(CallerRuleSet));
            }
        }
        catch (RuleDefinitionException ex)
        {
            throw new RecommendationRuleException(
                ex.RuleTypeName,
                $"The rule class '{ex.RuleTypeName}' could not be defined: {(ex.InnerException ?? ex).Message}",
                ex);
        }
        catch (RuleActivationException ex)
        {
            throw new RecommendationRuleException(
                ex.RuleTypeName,
                $"The rule class '{ex.RuleTypeName}' could not be created: {(ex.InnerException ?? ex).Message}",
                ex);
        }

        ThrowOnDuplicateNames(repository);
        var callerKinds = CallerFactKinds.None;
        if (_ruleAssemblies.Length > 0 || _ruleTypes.Length > 0)
        {
            var callerRules = new List<NRules.RuleModel.IRuleDefinition>();
            foreach (var set in repository.GetRuleSets())
            {
                if (set.Name == CallerRuleSet)
                {
                    callerRules.AddRange(set.Rules);
                }
            }

            callerKinds = CallerFactKinds.Of(callerRules);
        }

        try
        {
#if NET8_0_OR_GREATER
            var factory = new RuleCompiler { ExpressionCompiler = new FastRuleExpressionCompiler() }.Compile(repository.GetRuleSets());
#else
            var factory = repository.Compile();
#endif
            if (activator is not null)
            {
                factory.DependencyResolver = activator;
            }

            return new SessionPool(factory, callerKinds);
        }
        catch (RuleCompilationException ex)
        {
            throw new RecommendationRuleException(
                ex.RuleName,
                $"The rule '{ex.RuleName}' could not be compiled: {(ex.InnerException ?? ex).Message}",
                ex);
        }
    }

    private static void ThrowOnDuplicateNames(RuleRepository repository)
    {
        var duplicates = repository.GetRules()
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new RecommendationRuleException(
                duplicates[0],
                "Rule names must be unique, because results name the rule behind each entry. Used more than once: "
                + string.Join(", ", duplicates) + ".",
                innerException: null);
        }
    }
}
