// Polyfills for netstandard2.0, written by hand: a polyfill source generator emitted its types in a different order
// on every build, which made the assembly differ from build to build. Add here what a new language feature needs.
#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 capture argument expressions, as <c>Guard</c> does (the attribute ships with .NET
/// Core 3.0 and later).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class CallerArgumentExpressionAttribute : Attribute
{
    /// <summary>Names the parameter whose expression is captured.</summary>
    /// <param name="parameterName">The parameter's name.</param>
    public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

    /// <summary>Gets the name of the parameter whose expression is captured.</summary>
    public string ParameterName { get; }
}
#endif
