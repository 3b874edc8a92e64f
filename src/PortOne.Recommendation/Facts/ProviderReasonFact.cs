using System;
using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// A rule's reason why a provider is or is not named for a service: the fact behind one
/// <see cref="ExplanationReason"/>. The built-in explanation rules yield them when a call asks for an explanation; a
/// rule of yours may insert its own with <see cref="Custom"/>, matching <see cref="ExplanationRequestFact"/> so that it
/// runs only then.
/// </summary>
/// <remarks>Facts are compared by value; inserting a fact equal to one already in the session fails.</remarks>
public sealed record ProviderReasonFact
{
    private readonly IReadOnlyList<ExplanationSource> _sources;

    private ProviderReasonFact(
        PaymentService service,
        PaymentProvider provider,
        ExplanationReasonCode code,
        bool isBlocking,
        LocalizableText text,
        IReadOnlyList<ExplanationSource> sources)
    {
        Service = service;
        Provider = provider;
        Code = code;
        IsBlocking = isBlocking;
        Text = Guard.NotNull(text);
        _sources = ValueList<ExplanationSource>.From(Guard.NotNull(sources))!;
    }

    /// <summary>Gets the service the reason is about.</summary>
    public PaymentService Service { get; }

    /// <summary>Gets the provider the reason is about.</summary>
    public PaymentProvider Provider { get; }

    /// <summary>Gets the kind of reason.</summary>
    public ExplanationReasonCode Code { get; }

    /// <summary>Gets a value indicating whether the reason keeps the provider out of the entries.</summary>
    public bool IsBlocking { get; }

    /// <summary>Gets the reason in one sentence.</summary>
    public LocalizableText Text { get; }

    /// <summary>Gets the pages the reason rests on.</summary>
    public IReadOnlyList<ExplanationSource> Sources => _sources;

    /// <summary>Creates a reason of your own (<see cref="ExplanationReasonCode.Custom"/>).</summary>
    /// <param name="service">The service.</param>
    /// <param name="provider">The provider.</param>
    /// <param name="text">The reason in one sentence.</param>
    /// <param name="isBlocking"><see langword="true"/> when the reason keeps the provider out of your entries.</param>
    /// <param name="sourceUrl">A page the reason rests on, if any: an absolute http or https URL.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceUrl"/> is not an absolute http or https URL.</exception>
    public static ProviderReasonFact Custom(
        PaymentService service,
        PaymentProvider provider,
        LocalizableText text,
        bool isBlocking = true,
        string? sourceUrl = null)
    {
        if (sourceUrl is not null
            && !(Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")))
        {
            throw new ArgumentException($"The source of a reason must be an absolute http or https URL, not '{sourceUrl}'.", nameof(sourceUrl));
        }

        return new ProviderReasonFact(
            service,
            provider,
            ExplanationReasonCode.Custom,
            isBlocking,
            text,
            sourceUrl is null ? [] : [new ExplanationSource(null, sourceUrl)]);
    }

    /// <summary>Creates a built-in reason.</summary>
    internal static ProviderReasonFact BuiltIn(
        PaymentService service,
        PaymentProvider provider,
        ExplanationReasonCode code,
        LocalizableText text,
        IReadOnlyList<ExplanationSource> sources) =>
        new(service, provider, code, code <= ExplanationReasonCode.OtherRoute, text, sources);
}
