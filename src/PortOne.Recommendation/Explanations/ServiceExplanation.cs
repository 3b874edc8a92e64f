using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>Every provider's standing for one requested service.</summary>
/// <param name="Service">The service.</param>
/// <param name="Providers">Every provider the library knows, in <see cref="PaymentProvider"/> order.</param>
public sealed record ServiceExplanation(PaymentService Service, IReadOnlyList<ProviderExplanation> Providers)
{
    private readonly IReadOnlyList<ProviderExplanation> _providers = ValueList<ProviderExplanation>.From(Providers)!;

    /// <summary>Gets every provider's standing, in <see cref="PaymentProvider"/> order.</summary>
    public IReadOnlyList<ProviderExplanation> Providers
    {
        get => _providers;
        init => _providers = ValueList<ProviderExplanation>.From(value)!;
    }

    /// <summary>Returns one provider's standing.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>Its standing, or <see langword="null"/> when the explanation does not list it.</returns>
    public ProviderExplanation? For(PaymentProvider provider)
    {
        foreach (var explanation in Providers)
        {
            if (explanation.Provider == provider)
            {
                return explanation;
            }
        }

        return null;
    }
}
