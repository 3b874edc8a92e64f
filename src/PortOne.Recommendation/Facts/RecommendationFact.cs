using System;
using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// A rule's decision on how to get one service: the fact behind one <see cref="ServiceRecommendation"/>. Rules insert
/// it with <c>ctx.Insert(...)</c>; the engine turns every such fact present when the session is done into an entry
/// of <see cref="RecommendationResult.Recommendations"/>, attributed to the rule that inserted it.
/// </summary>
/// <remarks>
/// <see cref="Steps"/> holds the console steps after the first one: the engine puts the recommended package
/// (추천패키지) or select e-payment directly (전자결제 직접 선택하기) in front, according to <see cref="Path"/>.
/// Facts are compared by value, lists element by element; inserting a fact equal to one already in the session fails.
/// </remarks>
public sealed record RecommendationFact
{
    private RecommendationFact(
        PaymentService service,
        IReadOnlyList<PaymentProvider> providers,
        ApplicationPath path,
        PackageItem? packageItem,
        IReadOnlyList<LocalizableText> steps,
        LocalizableText reason)
    {
        Service = service;
        Providers = Guard.NotNull(providers);
        Path = path;
        PackageItem = packageItem;
        Steps = Guard.NotNull(steps);
        Reason = Guard.NotNull(reason);
    }

    /// <summary>Gets the service the decision is about.</summary>
    public PaymentService Service { get; init; }

    /// <summary>Gets the providers to apply for; the engine sorts them into <see cref="PaymentProvider"/> order.</summary>
    public IReadOnlyList<PaymentProvider> Providers { get; init; }

    /// <summary>Gets where in the console to apply.</summary>
    public ApplicationPath Path { get; }

    /// <summary>Gets the package item; <see langword="null"/> exactly when <see cref="Path"/> is direct selection.</summary>
    public PackageItem? PackageItem { get; }

    /// <summary>Gets the console steps after the first one.</summary>
    public IReadOnlyList<LocalizableText> Steps { get; init; }

    /// <summary>Gets why this is the way, in one sentence.</summary>
    public LocalizableText Reason { get; init; }

    /// <summary>Creates a decision to apply through an item of the recommended package.</summary>
    /// <param name="service">The service.</param>
    /// <param name="item">The package item.</param>
    /// <param name="providers">The providers to apply for.</param>
    /// <param name="reason">Why.</param>
    /// <param name="steps">The steps after the first; when <see langword="null"/>, the item's own name is the one step.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="providers"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    public static RecommendationFact ViaPackage(
        PaymentService service,
        PackageItem item,
        IReadOnlyList<PaymentProvider> providers,
        LocalizableText reason,
        IReadOnlyList<LocalizableText>? steps = null) =>
        new(service, providers, ApplicationPath.RecommendedPackage, item, steps ?? ConsolePaths.PackageItem(item), reason);

    /// <summary>Creates a decision to apply through select e-payment directly (전자결제 직접 선택하기).</summary>
    /// <param name="service">The service.</param>
    /// <param name="providers">The providers to apply for; may be empty when the merchant picks the PG in the console.</param>
    /// <param name="reason">Why.</param>
    /// <param name="steps">The steps after the first.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecommendationFact ViaDirectSelection(
        PaymentService service,
        IReadOnlyList<PaymentProvider> providers,
        LocalizableText reason,
        IReadOnlyList<LocalizableText> steps) =>
        new(service, providers, ApplicationPath.DirectSelection, packageItem: null, steps, reason);

    /// <summary>Compares two decisions by value, lists element by element.</summary>
    /// <param name="other">The decision to compare with.</param>
    /// <returns><see langword="true"/> when every value matches.</returns>
    public bool Equals(RecommendationFact? other) =>
        other is not null
        && Service == other.Service
        && Path == other.Path
        && PackageItem == other.PackageItem
        && Reason.Equals(other.Reason)
        && SequenceEquality.Equal(Providers, other.Providers)
        && SequenceEquality.Equal(Steps, other.Steps);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCombiner.Combine(
        (int)Service,
        (int)Path,
        SequenceEquality.Hash(Providers),
        Reason.GetHashCode());
}
