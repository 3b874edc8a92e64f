using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>One reason why a provider is or is not named for a service.</summary>
/// <param name="Code">What kind of reason it is.</param>
/// <param name="IsBlocking"><see langword="true"/> when the reason keeps the provider out of the entries;
/// <see langword="false"/> for a reason about the contract plan, or a note.</param>
/// <param name="Text">The reason in one sentence, localized.</param>
/// <param name="Sources">The pages the reason rests on, in catalog order; empty when the reason is the library's own
/// reasoning (the contract plan's choice).</param>
/// <param name="RuleName">The name of the rule that gave the reason.</param>
/// <remarks>Two reasons are equal when all their values are, lists element by element.</remarks>
public sealed record ExplanationReason(
    ExplanationReasonCode Code,
    bool IsBlocking,
    string Text,
    IReadOnlyList<ExplanationSource> Sources,
    string RuleName)
{
    private readonly IReadOnlyList<ExplanationSource> _sources = ValueList<ExplanationSource>.From(Sources)!;

    /// <summary>Gets the pages the reason rests on.</summary>
    public IReadOnlyList<ExplanationSource> Sources
    {
        get => _sources;
        init => _sources = ValueList<ExplanationSource>.From(value)!;
    }
}
