using System.Collections.Generic;

namespace PortOne.Recommendation.Internal;

/// <summary>Element-by-element equality for the read-only lists that records expose.</summary>
internal static class SequenceEquality
{
    public static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var comparer = EqualityComparer<T>.Default;
        var hash = list.Count;
        for (var i = 0; i < list.Count; i++)
        {
            hash = HashCombiner.Combine(hash, list[i] is null ? 0 : comparer.GetHashCode(list[i]!));
        }

        return hash;
    }
}
