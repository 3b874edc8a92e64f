using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using NRules;
using NRules.Fluent;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// The recommendation engine: NRules rules decide, one decision each, and the engine assembles a deterministic
/// <see cref="RecommendationResult"/>. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// <para>The rule set (built-in rules plus any added through <see cref="RecommendationOptions.AddRules(Assembly)"/>) is
/// compiled once, on the first call of <see cref="Recommend"/>, by exactly one thread.</para>
/// <para>Each call runs in an NRules session of its own for the duration of the call. Sessions are kept in a small
/// pool and reused: after a call, its facts are retracted, and a session goes back to the pool only when that leaves it
/// in the state of a new one (never after a rule threw). When <see cref="RecommendationOptions.CacheResults"/> is on,
/// the answer for requirements asked before comes from a bounded cache instead of a rule run.</para>
/// </remarks>
public sealed class RecommendationEngine : IRecommendationEngine
{
    private static readonly Assembly BuiltInRules = typeof(RecommendationEngine).Assembly;

    private readonly CultureInfo _culture;
    private readonly CatalogEdition _edition;
    private readonly ProviderCatalog _catalog;
    private readonly Assembly[] _ruleAssemblies;
    private readonly Type[] _ruleTypes;
    private readonly Lazy<SessionPool> _sessions;
    private readonly TextCache _texts;
    private readonly ResultCache? _results;

    /// <summary>Initializes a new instance of the <see cref="RecommendationEngine"/> class from options, which it then fixes.</summary>
    /// <param name="options">The options; the engine copies what it needs and makes them read-only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public RecommendationEngine(RecommendationOptions options)
    {
        Guard.NotNull(options);
        options.Freeze();
        _culture = options.Culture;
        _catalog = ProviderCatalog.Default;
        _edition = _catalog.Edition(options.PackageEdition);
        _ruleAssemblies = options.RuleAssemblies.Where(a => a != BuiltInRules).ToArray();
        _ruleTypes = options.RuleTypes.Where(t => t.Assembly != BuiltInRules).ToArray();
        _sessions = new Lazy<SessionPool>(CompileRules, LazyThreadSafetyMode.ExecutionAndPublication);
        _texts = new TextCache(_culture);
        _results = options.CacheResults ? new ResultCache(options.ResultCacheSize) : null;
    }

    /// <summary>Gets the culture that the engine writes texts in.</summary>
    public CultureInfo Culture => _culture;

    /// <summary>Gets the package edition whose PGs package entries name; <see cref="PackageEdition.Latest"/> in the
    /// options is resolved to the edition it stands for.</summary>
    public PackageEdition PackageEdition => _edition.Edition;

    /// <summary>Gets the version of the provider catalog the library ships with (its data snapshot).</summary>
    public static string CatalogVersion => ProviderCatalog.Default.Version;

    /// <summary>Creates an engine without dependency injection.</summary>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>A new engine. Keep it: each engine compiles its rules once.</returns>
    public static RecommendationEngine Create(Action<RecommendationOptions>? configure = null)
    {
        var options = new RecommendationOptions();
        configure?.Invoke(options);
        return new RecommendationEngine(options);
    }

    /// <summary>
    /// Compiles the rule set now, if that has not happened yet, instead of on the first call of <see cref="Recommend"/>.
    /// </summary>
    /// <remarks>
    /// Call it at start-up to take the compile cost off the first request and to surface errors in your own rules
    /// early. Safe to call from any thread, any number of times; the rules are compiled once.
    /// </remarks>
    /// <exception cref="RecommendationRuleException">A rule could not be loaded or compiled; the exception names it.</exception>
    public void WarmUp() => _ = _sessions.Value;

    /// <summary>Gets the result cache, or <see langword="null"/> when it is off; for tests.</summary>
    internal ResultCache? Results => _results;

    /// <summary>Gets the session pool, compiling the rules if needed; for tests.</summary>
    internal SessionPool Sessions => _sessions.Value;

    /// <inheritdoc/>
    public RecommendationResult Recommend(MerchantRequirements requirements)
    {
        Guard.NotNull(requirements);
        RequirementsValidator.ThrowIfInvalid(requirements, _culture);
        if (_results is null)
        {
            return Run(requirements);
        }

        var key = RequirementsKey.From(requirements);
        return _results.TryGet(key, out var cached) ? cached : _results.Add(key, Run(requirements));
    }

    private RecommendationResult Run(MerchantRequirements requirements)
    {
        var pool = _sessions.Value;
        var recorder = pool.Rent();
        try
        {
            recorder.Run(requirements, _edition);
        }
        catch (RuleRhsExpressionEvaluationException ex)
        {
            throw RuleFailed(ex.RuleName, "its action", ex);
        }
        catch (RuleLhsExpressionEvaluationException ex)
        {
            throw RuleFailed(recorder.FailedRule, "its condition", ex);
        }
        catch (AgendaExpressionEvaluationException ex)
        {
            throw RuleFailed(ex.RuleName, "its agenda filter", ex);
        }
        catch (RuleExecutionException ex)
        {
            throw RuleFailed(recorder.FailedRule, "while running", ex);
        }

        // A session whose call threw is dropped (above); one whose output is malformed is dropped with the exception.
        var result = ResultAssembler.Assemble(recorder, _texts);
        pool.Return(recorder);
        return result;
    }

    private static RecommendationRuleException RuleFailed(string? ruleName, string where, Exception ex)
    {
        var cause = ex.InnerException ?? ex;
        var name = string.IsNullOrEmpty(ruleName) ? "(unknown rule)" : ruleName;
        return new RecommendationRuleException(
            ruleName,
            $"The rule '{name}' failed in {where}, so no result was produced. {cause.GetType().Name}: {cause.Message}",
            ex);
    }

    private SessionPool CompileRules()
    {
        var repository = new RuleRepository();
        try
        {
            repository.Load(spec => spec.From(BuiltInRules));
            if (_ruleAssemblies.Length > 0)
            {
                repository.Load(spec => spec.From(_ruleAssemblies));
            }

            if (_ruleTypes.Length > 0)
            {
                repository.Load(spec => spec.PrivateTypes().From(_ruleTypes));
            }
        }
        catch (NRules.Fluent.RuleDefinitionException ex)
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

        try
        {
            return new SessionPool(repository.Compile(), SessionReusePolicy.For(repository.GetRules()), _catalog.CapabilityGroups);
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
