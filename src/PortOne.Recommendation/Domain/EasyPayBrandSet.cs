using System;
using System.Collections;
using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// An immutable set of <see cref="EasyPayBrand"/> values. It enumerates in <see cref="EasyPayBrand"/> order, whatever
/// order the brands were added in, and compares by content.
/// </summary>
public readonly struct EasyPayBrandSet : IReadOnlyCollection<EasyPayBrand>, IEquatable<EasyPayBrandSet>
{
    private static readonly EasyPayBrand[] AllBrands = EnumValues<EasyPayBrand>.All;

    private readonly int _mask;

    private EasyPayBrandSet(int mask) => _mask = mask;

    /// <summary>Gets the number of distinct sets (one bit per brand), for lookup tables indexed by <see cref="Mask"/>.</summary>
    internal static int MaskCount => 1 << AllBrands.Length;

    /// <summary>Gets the set as a bit mask, one bit per brand.</summary>
    internal int Mask => _mask;

    /// <summary>Gets the empty set.</summary>
    public static EasyPayBrandSet Empty => default;

    /// <summary>Gets the number of brands in the set.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            for (var mask = _mask; mask != 0; mask &= mask - 1)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Gets a value indicating whether the set holds no brand.</summary>
    public bool IsEmpty => _mask == 0;

    /// <summary>Compares two sets by content.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when both hold the same brands.</returns>
    public static bool operator ==(EasyPayBrandSet left, EasyPayBrandSet right) => left.Equals(right);

    /// <summary>Compares two sets by content.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when the sets differ.</returns>
    public static bool operator !=(EasyPayBrandSet left, EasyPayBrandSet right) => !left.Equals(right);

    /// <summary>Creates a set from brands given in any order; repeated brands count once.</summary>
    /// <param name="brands">The brands.</param>
    /// <returns>The set of the given brands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="brands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="EasyPayBrand"/>.</exception>
    public static EasyPayBrandSet Of(IEnumerable<EasyPayBrand> brands)
    {
        Guard.NotNull(brands);
        var mask = 0;
        foreach (var brand in brands)
        {
            mask |= Bit(brand);
        }

        return new EasyPayBrandSet(mask);
    }

    /// <summary>Creates a set from a bit mask of <see cref="Mask"/>.</summary>
    internal static EasyPayBrandSet FromMask(int mask) => new(mask);

    /// <summary>Creates a set from the given brands; repeated brands count once.</summary>
    /// <param name="brands">The brands.</param>
    /// <returns>The set of the given brands.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="EasyPayBrand"/>.</exception>
    public static EasyPayBrandSet Of(params EasyPayBrand[] brands) => Of((IEnumerable<EasyPayBrand>)brands);

    /// <summary>Tells whether the set holds a brand.</summary>
    /// <param name="brand">The brand to look for.</param>
    /// <returns><see langword="true"/> when the brand is in the set.</returns>
    public bool Contains(EasyPayBrand brand) => IsDefined(brand) && (_mask & (1 << (int)brand)) != 0;

    /// <summary>Tells whether this set and another share at least one brand.</summary>
    /// <param name="other">The other set.</param>
    /// <returns><see langword="true"/> when a brand is in both sets.</returns>
    public bool Overlaps(EasyPayBrandSet other) => (_mask & other._mask) != 0;

    /// <summary>Returns the brands in this set or in <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union of both sets.</returns>
    public EasyPayBrandSet Union(EasyPayBrandSet other) => new(_mask | other._mask);

    /// <summary>Tells whether every brand of <paramref name="other"/> is in this set.</summary>
    /// <param name="other">The other set.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is a subset of this set.</returns>
    public bool ContainsAll(EasyPayBrandSet other) => (other._mask & ~_mask) == 0;

    /// <summary>Returns the brands that are in this set and in another.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection.</returns>
    public EasyPayBrandSet Intersect(EasyPayBrandSet other) => new(_mask & other._mask);

    /// <summary>Returns the brands of this set that are not in another.</summary>
    /// <param name="other">The set of brands to leave out.</param>
    /// <returns>The difference.</returns>
    public EasyPayBrandSet Except(EasyPayBrandSet other) => new(_mask & ~other._mask);

    /// <summary>Enumerates the brands in <see cref="EasyPayBrand"/> order.</summary>
    /// <returns>An enumerator over the brands.</returns>
    public IEnumerator<EasyPayBrand> GetEnumerator()
    {
        foreach (var brand in AllBrands)
        {
            if ((_mask & (1 << (int)brand)) != 0)
            {
                yield return brand;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(EasyPayBrandSet other) => _mask == other._mask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EasyPayBrandSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _mask;

    /// <summary>Lists the brands, for diagnostics.</summary>
    /// <returns>The brand names in <see cref="EasyPayBrand"/> order, comma-separated, in braces.</returns>
    public override string ToString() => "{" + string.Join(", ", this) + "}";

    private static bool IsDefined(EasyPayBrand brand) => brand >= 0 && (int)brand < AllBrands.Length;

    private static int Bit(EasyPayBrand brand) => IsDefined(brand)
        ? 1 << (int)brand
        : throw new ArgumentOutOfRangeException(nameof(brand), brand, "Not a defined easy-pay brand.");
}
