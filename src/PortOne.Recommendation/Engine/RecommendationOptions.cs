using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Reflection;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;
using NRulesRule = NRules.Fluent.Dsl.Rule;

namespace PortOne.Recommendation;

/// <summary>Configures a <see cref="RecommendationEngine"/>.</summary>
/// <remarks>
/// <para>The options are read once, when the engine is created; after that they are fixed and every change throws
/// <see cref="InvalidOperationException"/>. Every setting has a public setter of a simple type, so the options can be
/// bound from configuration (for example <c>configuration.GetSection("PortOneRecommendation").Bind(options)</c> inside
/// the configure action of <see cref="RecommendationServiceCollectionExtensions.AddPortOneRecommendation"/>), with the
/// culture by name (<see cref="Culture"/>: <c>en</c>, <c>ko-KR</c>) and the edition by name (<see cref="Edition"/>:
/// <c>latest</c> or an edition's name).</para>
/// <para>Language and edition are only defaults: each call can choose its own with <see cref="RecommendationContext"/>.</para>
/// </remarks>
public sealed class RecommendationOptions
{
    /// <summary>The default of <see cref="ResultCacheSize"/>.</summary>
    public const int DefaultResultCacheSize = 2048;

    /// <summary>The largest <see cref="ResultCacheSize"/> (about 2 GB of answers at most; the cache grows as it fills).</summary>
    public const int MaxResultCacheSize = 1 << 20;

    /// <summary>The default of <see cref="MaxRuleFiringsPerCall"/>.</summary>
    public const int DefaultMaxRuleFiringsPerCall = 1000;

    private readonly List<Assembly> _ruleAssemblies = [];
    private readonly List<Type> _ruleTypes = [];
    private CultureInfo _culture = TextCatalog.DefaultCulture;
    private EditionChoice _edition = PackageEdition.May2025;
    private bool? _cacheResults;
    private int _resultCacheSize = DefaultResultCacheSize;
    private int _maxRuleFirings = DefaultMaxRuleFiringsPerCall;
    private bool _warmUpOnCreate;

    /// <summary>Gets or sets the culture that texts are written in when a call does not choose one.</summary>
    /// <value>The default is ko-KR (the invariant culture, which reads Korean too, where cultures cannot be created).
    /// English cultures get English; any other culture gets Korean. The language is read from the culture's name, so in
    /// globalization-invariant mode English needs cultures by name: set <c>PredefinedCulturesOnly</c> to
    /// <see langword="false"/> in the host's project, and <c>CultureInfo.GetCultureInfo("en")</c> exists.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public CultureInfo Culture
    {
        get => _culture;
        set
        {
            ThrowIfFrozen();
            _culture = Guard.NotNull(value);
        }
    }

    /// <summary>Gets or sets the edition of PortOne's recommended package that calls use when they do not choose one.</summary>
    /// <value>The default is <see cref="PackageEdition.May2025"/>, the edition the library was designed around;
    /// <see cref="EditionChoice.Latest"/> follows the newest edition the provider catalog holds. From configuration:
    /// <c>latest</c> or an edition's name.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public EditionChoice Edition
    {
        get => _edition;
        set
        {
            ThrowIfFrozen();
            _edition = Guard.NotNull(value);
        }
    }

    /// <summary>
    /// Gets or sets a value indicating whether the engine remembers answers: a requirement profile asked again (brand
    /// order aside) in the same language and edition gets the stored result instead of a new rule run.
    /// </summary>
    /// <value>
    /// The default is <see langword="true"/> while only the built-in rules are used, whose answers depend on the
    /// requirements, the language and the edition alone, and <see langword="false"/> once rules of your own are added,
    /// since the engine cannot know whether they depend on anything else (a clock, a database, a feature switch). Set
    /// it to <see langword="true"/> when your rules, too, answer from the requirements alone; an explicit value wins.
    /// </value>
    /// <remarks>The cache is thread-safe and bounded by <see cref="ResultCacheSize"/>. Results are immutable, so stored
    /// ones are shared between callers. Failed calls are never stored.</remarks>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public bool CacheResults
    {
        get => _cacheResults ?? (_ruleAssemblies.Count == 0 && _ruleTypes.Count == 0);
        set
        {
            ThrowIfFrozen();
            _cacheResults = value;
        }
    }

    /// <summary>Gets or sets how many answers the result cache holds at least: the answers asked for most recently.</summary>
    /// <value>
    /// The default is <see cref="DefaultResultCacheSize"/> (2,048); at most <see cref="MaxResultCacheSize"/>. The cache
    /// keeps two generations of up to this many answers each: the one being filled, and the one before it, which is
    /// dropped when the new one is full; an answer found in the older generation moves to the newer one. So the
    /// <c>ResultCacheSize</c> answers asked for last are always held, and never more than twice as many. It grows as it
    /// fills. Has no effect while <see cref="CacheResults"/> is <see langword="false"/>.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="MaxResultCacheSize"/>.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public int ResultCacheSize
    {
        get => _resultCacheSize;
        set
        {
            ThrowIfFrozen();
            if (value < 1 || value > MaxResultCacheSize)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(value),
                    value,
                    $"The result cache holds between 1 and {MaxResultCacheSize} answers; set CacheResults to false to switch it off.");
            }

            _resultCacheSize = value;
        }
    }

    /// <summary>Gets or sets how many times rules may fire in one call. A rule that keeps firing (for example one that
    /// inserts a new fact every time it fires) stops the call with a <see cref="RecommendationRuleException"/> that
    /// names it, instead of running without end.</summary>
    /// <value>The default is <see cref="DefaultMaxRuleFiringsPerCall"/> (1,000); the built-in rules fire a few dozen
    /// times at most. Between 10 and 1,000,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public int MaxRuleFiringsPerCall
    {
        get => _maxRuleFirings;
        set
        {
            ThrowIfFrozen();
            _maxRuleFirings = value is >= 10 and <= 1_000_000
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "Rules may fire between 10 and 1,000,000 times per call.");
        }
    }

    /// <summary>Gets or sets a value indicating whether the engine compiles its rules when it is created (see
    /// <see cref="RecommendationEngine.WarmUp"/>), so that the first call is fast and errors in your rules surface at
    /// start-up. With dependency injection the engine is created when it is first resolved: resolve it at start-up.</summary>
    /// <value>The default is <see langword="false"/>: the rules are compiled on the first call.</value>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public bool WarmUpOnCreate
    {
        get => _warmUpOnCreate;
        set
        {
            ThrowIfFrozen();
            _warmUpOnCreate = value;
        }
    }

    /// <summary>Gets a read-only copy of the assemblies whose rules join the built-in set.</summary>
    public IReadOnlyList<Assembly> RuleAssemblies => new ReadOnlyCollection<Assembly>([.. _ruleAssemblies]);

    /// <summary>Gets a read-only copy of the single rule types that join the built-in set.</summary>
    public IReadOnlyList<Type> RuleTypes => new ReadOnlyCollection<Type>([.. _ruleTypes]);

    /// <summary>Gets a value indicating whether an engine was created from these options, which fixes them.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>
    /// Adds every public, non-abstract NRules rule class (deriving from <c>NRules.Fluent.Dsl.Rule</c>) of an
    /// assembly to the built-in rules. Adding the same assembly twice has no further effect.
    /// </summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The assembly holds no public rule class, or it is this library.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public RecommendationOptions AddRules(Assembly assembly)
    {
        Guard.NotNull(assembly);
        ThrowIfFrozen();
        if (assembly == typeof(RecommendationOptions).Assembly)
        {
            throw new ArgumentException("The library's own rules are always loaded; add the assembly of your rules.", nameof(assembly));
        }

        if (!assembly.GetExportedTypes().Any(IsRuleType))
        {
            throw new ArgumentException(
                $"The assembly '{assembly.GetName().Name}' holds no public, non-abstract class deriving from NRules.Fluent.Dsl.Rule.",
                nameof(assembly));
        }

        if (!_ruleAssemblies.Contains(assembly))
        {
            _ruleAssemblies.Add(assembly);
        }

        return this;
    }

    /// <summary>Adds single rule classes to the built-in rules. Adding a type twice has no further effect.</summary>
    /// <param name="ruleTypes">Non-abstract classes deriving from <c>NRules.Fluent.Dsl.Rule</c>; they need not be public.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleTypes"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A type is not a non-abstract rule class, or it is one of the library's own rules.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public RecommendationOptions AddRules(params Type[] ruleTypes)
    {
        Guard.NotNull(ruleTypes);
        ThrowIfFrozen();
        foreach (var type in ruleTypes)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(ruleTypes), "A rule type is null.");
            }

            if (!IsRuleType(type) || type.Assembly == typeof(RecommendationOptions).Assembly)
            {
                throw new ArgumentException(
                    $"The type '{type.FullName}' is not a non-abstract class deriving from NRules.Fluent.Dsl.Rule of your own.",
                    nameof(ruleTypes));
            }
        }

        foreach (var type in ruleTypes.Where(t => !_ruleTypes.Contains(t)))
        {
            _ruleTypes.Add(type);
        }

        return this;
    }

    internal static bool IsRuleType(Type type) =>
        type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition && typeof(NRulesRule).IsAssignableFrom(type);

    /// <summary>The default language of calls.</summary>
    internal TextLanguage Language => TextLanguages.Of(_culture);

    /// <summary>Fixes the options; called by the engine that reads them.</summary>
    internal void Freeze() => IsReadOnly = true;

    /// <summary>The rule assemblies, without a copy; for the engine.</summary>
    internal Assembly[] RuleAssemblyArray() => [.. _ruleAssemblies];

    /// <summary>The rule types, without a copy; for the engine.</summary>
    internal Type[] RuleTypeArray() => [.. _ruleTypes];

    private void ThrowIfFrozen()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException(
                "These options belong to a recommendation engine that already exists and can no longer change. Configure a new RecommendationOptions for a new engine.");
        }
    }
}
