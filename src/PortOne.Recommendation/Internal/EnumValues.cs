using System;

namespace PortOne.Recommendation.Internal;

/// <summary>The defined values of an enum, read once, on every target framework.</summary>
internal static class EnumValues<T>
    where T : struct, Enum
{
#if NET
    public static readonly T[] All = Enum.GetValues<T>();
#else
    public static readonly T[] All = (T[])Enum.GetValues(typeof(T));
#endif
}
