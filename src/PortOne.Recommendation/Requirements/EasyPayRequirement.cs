using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>Asks for easy pay (간편결제): customers pay with a method stored in an easy-pay service.</summary>
/// <remarks>
/// Two instances are equal when their integrations are equal and their brand lists hold the same brands in the
/// same order. The order of <see cref="Brands"/> never changes a recommendation. The list is copied when it is set.
/// </remarks>
public sealed record EasyPayRequirement
{
    private readonly IReadOnlyList<EasyPayBrand> _brands = ValueList<EasyPayBrand>.Empty;

    /// <summary>Gets the easy-pay brands the merchant wants.</summary>
    /// <value>The default is an empty list, which means no preference. Must not be <see langword="null"/> and must
    /// not name a brand twice.</value>
    public IReadOnlyList<EasyPayBrand> Brands
    {
        get => _brands;
        init => _brands = ValueList<EasyPayBrand>.From(value)!;
    }

    /// <summary>Gets how the easy pay is integrated.</summary>
    /// <value>The default is <see cref="EasyPayIntegration.Direct"/>.</value>
    public EasyPayIntegration Integration { get; init; } = EasyPayIntegration.Direct;
}
