#if NET
using System.Diagnostics.CodeAnalysis;

namespace PortOne.Recommendation.Json;

/// <summary>The kinds of JSON value that <see cref="RequirementsJsonException"/> names as expected or found.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names of JSON's own value kinds, as in System.Text.Json.JsonValueKind.")]
public enum JsonValueShape
{
    /// <summary>A JSON object.</summary>
    Object,

    /// <summary>A JSON array.</summary>
    Array,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A string holding one of a fixed set of enum names.</summary>
    EnumString,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary><c>null</c>.</summary>
    Null,
}
#endif
