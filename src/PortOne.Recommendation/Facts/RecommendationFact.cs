using System;
using System.Collections.Generic;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

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
/// The lists are read-only copies. The contract plan is worked out from these facts once the rules are done, so a rule
/// of yours that inserts, updates or retracts one changes the plan too.
/// </remarks>
public sealed record RecommendationFact
{
    private readonly IReadOnlyList<PaymentProvider> _providers;
    private readonly IReadOnlyList<LocalizableText> _steps;

    private RecommendationFact(
        PaymentService service,
        IReadOnlyList<PaymentProvider> providers,
        ApplicationPath path,
        PackageItem? packageItem,
        IReadOnlyList<LocalizableText> steps,
        LocalizableText reason)
    {
        Service = service;
        _providers = ValueList<PaymentProvider>.From(Guard.NotNull(providers))!;
        Path = path;
        PackageItem = packageItem;
        _steps = ValueList<LocalizableText>.From(Guard.NotNull(steps))!;
        Reason = Guard.NotNull(reason);
    }

    /// <summary>Gets the service the decision is about.</summary>
    public PaymentService Service { get; init; }

    /// <summary>Gets the providers to apply for; the engine sorts them into <see cref="PaymentProvider"/> order.</summary>
    public IReadOnlyList<PaymentProvider> Providers
    {
        get => _providers;
        init => _providers = ValueList<PaymentProvider>.From(Guard.NotNull(value))!;
    }

    /// <summary>Gets where in the console to apply.</summary>
    public ApplicationPath Path { get; }

    /// <summary>Gets the package item; <see langword="null"/> unless <see cref="Path"/> is the recommended package.</summary>
    public PackageItem? PackageItem { get; }

    /// <summary>Gets the console steps after the first one.</summary>
    public IReadOnlyList<LocalizableText> Steps
    {
        get => _steps;
        init => _steps = ValueList<LocalizableText>.From(Guard.NotNull(value))!;
    }

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

    /// <summary>Creates a decision to add the service to contracts the merchant already has.</summary>
    /// <param name="service">The service.</param>
    /// <param name="providers">The providers with an existing contract that offer the service.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecommendationFact ViaExistingContract(
        PaymentService service,
        IReadOnlyList<PaymentProvider> providers,
        LocalizableText reason) =>
        new(service, providers, ApplicationPath.ExistingContract, packageItem: null, ConsolePaths.ExistingContract, reason);
}
