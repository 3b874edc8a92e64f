using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// Why each provider is or is not named, for every requested service: asked for per call with
/// <see cref="RecommendationContext.Explain"/>, found in <see cref="RecommendationResult.Explanation"/>.
/// </summary>
/// <remarks>
/// Rules decide the reasons (the built-in ones cite the provider catalog's sources); a rule of yours can add its own
/// by inserting a <see cref="Facts.ProviderReasonFact"/>. Standings come from the answer's entries and contract plan,
/// so they always agree with them.
/// </remarks>
/// <param name="Services">One explanation per requested service, in <see cref="PaymentService"/> order.</param>
public sealed record RecommendationExplanation(IReadOnlyList<ServiceExplanation> Services)
{
    private readonly IReadOnlyList<ServiceExplanation> _services = ValueList<ServiceExplanation>.From(Services)!;

    /// <summary>Gets one explanation per requested service, in <see cref="PaymentService"/> order.</summary>
    public IReadOnlyList<ServiceExplanation> Services
    {
        get => _services;
        init => _services = ValueList<ServiceExplanation>.From(value)!;
    }

    /// <summary>Returns the explanation of one service.</summary>
    /// <param name="service">The service.</param>
    /// <returns>Its explanation, or <see langword="null"/> when the service was not requested.</returns>
    public ServiceExplanation? For(PaymentService service)
    {
        foreach (var explanation in Services)
        {
            if (explanation.Service == service)
            {
                return explanation;
            }
        }

        return null;
    }
}
