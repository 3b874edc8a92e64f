// Polyfills for netstandard2.0, written by hand: a polyfill source generator emitted its types in a different order
// on every build, which made the assembly differ from build to build. Add here what a new language feature needs.
#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 compile <c>init</c> accessors and records (the type ships with .NET 5 and later).</summary>
internal static class IsExternalInit
{
}
#endif
