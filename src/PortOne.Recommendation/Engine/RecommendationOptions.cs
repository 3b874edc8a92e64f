using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;
using NRulesRule = NRules.Fluent.Dsl.Rule;

namespace PortOne.Recommendation;

/// <summary>Configures a <see cref="RecommendationEngine"/>.</summary>
/// <remarks>
/// The options are read once, when the engine is created; after that they are fixed and every change throws
/// <see cref="InvalidOperationException"/>.
/// </remarks>
public sealed class RecommendationOptions
{
    /// <summary>The default of <see cref="ResultCacheSize"/>.</summary>
    public const int DefaultResultCacheSize = 2048;

    private readonly List<Assembly> _ruleAssemblies = [];
    private readonly List<Type> _ruleTypes = [];
    private CultureInfo _culture = TextCatalog.DefaultCulture;
    private PackageEdition _packageEdition = PackageEdition.July2025;
    private bool? _cacheResults;
    private int _resultCacheSize = DefaultResultCacheSize;

    /// <summary>Gets or sets the culture that texts are written in.</summary>
    /// <value>The default is ko-KR. Korean and English are supported; any other culture falls back to Korean.</value>
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

    /// <summary>Gets or sets the edition of PortOne's recommended package whose PGs package entries name.</summary>
    /// <value>The default is <see cref="PackageEdition.July2025"/>, the edition the library was designed around;
    /// <see cref="PackageEdition.Latest"/> follows the newest edition the provider catalog holds.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined edition.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public PackageEdition PackageEdition
    {
        get => _packageEdition;
        set
        {
            ThrowIfFrozen();
            _packageEdition = value is >= PackageEdition.July2025 and <= PackageEdition.Latest
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined package edition.");
        }
    }

    /// <summary>
    /// Gets or sets a value indicating whether the engine remembers answers: a requirement profile asked again (brand
    /// order aside) gets the stored result instead of a new rule run.
    /// </summary>
    /// <value>
    /// The default is <see langword="true"/> while only the built-in rules are used, whose answers depend on the
    /// requirements alone, and <see langword="false"/> once <see cref="AddRules(Assembly)"/> or
    /// <see cref="AddRules(Type[])"/> adds rules of your own, since the engine cannot know whether they depend on
    /// anything else (a clock, a database, a feature switch). Set it to <see langword="true"/> when your rules, too,
    /// answer from the requirements alone; an explicit value always wins.
    /// </value>
    /// <remarks>
    /// The cache is thread-safe and bounded by <see cref="ResultCacheSize"/>. Stored results are shared between
    /// callers, so their lists are read-only wrappers. Failed calls (invalid requirements, a failing rule) are never
    /// stored.
    /// </remarks>
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

    /// <summary>Gets or sets about how many answers the result cache holds at most.</summary>
    /// <value>
    /// The default is <see cref="DefaultResultCacheSize"/> (2,048). When the cache is full, the answers not asked for
    /// longest are dropped first, half the cache at a time; a few more than this number can be held for a moment
    /// while threads add at once. Has no effect while <see cref="CacheResults"/> is <see langword="false"/>.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 2.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public int ResultCacheSize
    {
        get => _resultCacheSize;
        set
        {
            ThrowIfFrozen();
            if (value < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The result cache holds at least 2 answers; set CacheResults to false to switch it off.");
            }

            _resultCacheSize = value;
        }
    }

    /// <summary>Gets the assemblies whose rules join the built-in set.</summary>
    public IReadOnlyList<Assembly> RuleAssemblies => _ruleAssemblies;

    /// <summary>Gets the single rule types that join the built-in set.</summary>
    public IReadOnlyList<Type> RuleTypes => _ruleTypes;

    /// <summary>Gets a value indicating whether an engine was created from these options, which fixes them.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>
    /// Adds every public, non-abstract NRules rule class (deriving from <c>NRules.Fluent.Dsl.Rule</c>) of an
    /// assembly to the built-in rules. Adding the same assembly twice has no further effect.
    /// </summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The assembly holds no public rule class.</exception>
    /// <exception cref="InvalidOperationException">An engine was already created from these options.</exception>
    public RecommendationOptions AddRules(Assembly assembly)
    {
        Guard.NotNull(assembly);
        ThrowIfFrozen();
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
    /// <exception cref="ArgumentException">A type is not a non-abstract rule class.</exception>
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

            if (!IsRuleType(type))
            {
                throw new ArgumentException(
                    $"The type '{type.FullName}' is not a non-abstract class deriving from NRules.Fluent.Dsl.Rule.",
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

    /// <summary>Fixes the options; called by the engine that reads them.</summary>
    internal void Freeze() => IsReadOnly = true;

    private void ThrowIfFrozen()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException(
                "These options belong to a recommendation engine that already exists and can no longer change. Configure a new RecommendationOptions for a new engine.");
        }
    }
}
