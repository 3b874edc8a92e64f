using System.Collections.Generic;

namespace PortOne.Recommendation.Facts;

/// <summary>The catalog's providers that cover one need on the call's API version (possibly none).</summary>
/// <param name="Need">The need.</param>
/// <param name="Providers">The providers, in <see cref="PaymentProvider"/> order.</param>
internal sealed record CoverageFact(PlanNeedFact Need, IReadOnlyList<PaymentProvider> Providers);
