using System;
using System.Runtime.CompilerServices;

namespace PortOne.Recommendation.Internal;

/// <summary>Argument checks that work on every target framework.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(parameterName);
}
