namespace PortOne.Recommendation.Facts;

/// <summary>
/// One provider the library knows, inserted once per <see cref="PaymentProvider"/> value into a session that explains
/// (see <see cref="ExplanationRequestFact"/>), so that explanation rules can match each provider against each need.
/// </summary>
/// <param name="Provider">The provider.</param>
public sealed record ProviderFact(PaymentProvider Provider);
