#if NET
namespace PortOne.Recommendation.Json;

/// <summary>Why a requirements JSON document was refused by <see cref="RecommendationJson.ReadRequirements(System.ReadOnlySpan{byte})"/>.</summary>
public enum RequirementsJsonErrorKind
{
    /// <summary>The input holds no JSON value at all (empty or only white space).</summary>
    Empty,

    /// <summary>The input is not well-formed JSON: a syntax error, a comment, trailing data, nesting deeper than 64
    /// levels, or a string that is not valid UTF-8 or holds a lone surrogate.</summary>
    Malformed,

    /// <summary>An object has a property that the contract does not define at that place.</summary>
    UnknownProperty,

    /// <summary>An object has the same property more than once.</summary>
    DuplicateProperty,

    /// <summary>A value has the wrong JSON type (including <c>null</c> for the whole document or a boolean).</summary>
    WrongType,

    /// <summary>A string is not one of the allowed enum names (names are camelCase and matched exactly).</summary>
    BadEnumValue,

    /// <summary>A value has the right type but cannot be read (for example a number out of range).</summary>
    Unreadable,
}
#endif
