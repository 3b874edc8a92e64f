namespace PortOne.Recommendation;

/// <summary>A page that a reason rests on.</summary>
/// <param name="Key">The provider catalog's source key (for example <c>H-IDV</c>); <see langword="null"/> for a
/// source given by a rule of the caller's own.</param>
/// <param name="Url">The public page a merchant can read.</param>
public sealed record ExplanationSource(string? Key, string Url);
