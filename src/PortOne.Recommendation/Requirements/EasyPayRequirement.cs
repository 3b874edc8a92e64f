using System.Collections.Generic;
using System.Text;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>Asks for easy pay (간편결제): customers pay with a method stored in an easy-pay service.</summary>
/// <remarks>
/// Two instances are equal when their integrations are equal and their brand lists hold the same brands in the
/// same order. The order of <see cref="Brands"/> never changes a recommendation.
/// </remarks>
public sealed record EasyPayRequirement
{
    /// <summary>Gets the easy-pay brands the merchant wants.</summary>
    /// <value>The default is an empty list, which means no preference. Must not be <see langword="null"/> and must
    /// not name a brand twice.</value>
    public IReadOnlyList<EasyPayBrand> Brands { get; init; } = [];

    /// <summary>Gets how the easy pay is integrated.</summary>
    /// <value>The default is <see cref="EasyPayIntegration.Direct"/>.</value>
    public EasyPayIntegration Integration { get; init; } = EasyPayIntegration.Direct;

    /// <summary>Compares two requirements by value, including the brand list element by element.</summary>
    /// <param name="other">The requirement to compare with.</param>
    /// <returns><see langword="true"/> when both ask for the same thing in the same order.</returns>
    public bool Equals(EasyPayRequirement? other) =>
        other is not null
        && Integration == other.Integration
        && SequenceEquality.Equal(Brands, other.Brands);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCombiner.Combine((int)Integration, SequenceEquality.Hash(Brands));

#pragma warning disable IDE0051 // Called by the record's synthesized ToString.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Brands = [").Append(Brands is null ? "null" : string.Join(", ", Brands)).Append("], Integration = ")
            .Append(Integration);
        return true;
    }
#pragma warning restore IDE0051
}
