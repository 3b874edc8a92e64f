using System.Collections.Generic;

namespace PortOne.Recommendation.Catalog;

/// <summary>A set of providers as a bit mask (one bit per <see cref="PaymentProvider"/> value), for lookups and the
/// contract planner: allocation-free, and enumerated in <see cref="PaymentProvider"/> order.</summary>
internal readonly record struct ProviderSet(ulong Mask)
{
    public static ProviderSet Empty => default;

    public bool IsEmpty => Mask == 0;

    public int Count
    {
        get
        {
            var count = 0;
            for (var mask = Mask; mask != 0; mask &= mask - 1)
            {
                count++;
            }

            return count;
        }
    }

    public static ProviderSet Of(PaymentProvider provider) => new(Bit(provider));

    public static ProviderSet Of(IReadOnlyList<PaymentProvider> providers)
    {
        var mask = 0UL;
        for (var i = 0; i < providers.Count; i++)
        {
            mask |= Bit(providers[i]);
        }

        return new ProviderSet(mask);
    }

    public static bool IsInRange(PaymentProvider provider) => provider >= 0 && (int)provider < 64;

    public bool Contains(PaymentProvider provider) => IsInRange(provider) && (Mask & Bit(provider)) != 0;

    public ProviderSet With(PaymentProvider provider) => new(Mask | Bit(provider));

    public ProviderSet Union(ProviderSet other) => new(Mask | other.Mask);

    public ProviderSet Intersect(ProviderSet other) => new(Mask & other.Mask);

    public ProviderSet Except(ProviderSet other) => new(Mask & ~other.Mask);

    /// <summary>The providers in <see cref="PaymentProvider"/> order.</summary>
    public PaymentProvider[] ToArray()
    {
        if (Mask == 0)
        {
            return [];
        }

        var result = new PaymentProvider[Count];
        var index = 0;
        for (var mask = Mask; mask != 0; mask &= mask - 1)
        {
            result[index++] = (PaymentProvider)TrailingZeros(mask);
        }

        return result;
    }

    /// <summary>The lowest provider of the set; the set must not be empty.</summary>
    public PaymentProvider First => (PaymentProvider)TrailingZeros(Mask);

    public static int TrailingZeros(ulong mask)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(mask);
#else
        var count = 0;
        while ((mask & 1) == 0)
        {
            mask >>= 1;
            count++;
        }

        return count;
#endif
    }

    private static ulong Bit(PaymentProvider provider) => IsInRange(provider) ? 1UL << (int)provider : 0UL;
}
