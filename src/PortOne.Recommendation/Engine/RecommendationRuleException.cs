using System;

namespace PortOne.Recommendation;

/// <summary>
/// Thrown when a rule cannot be loaded, compiled or run. No partial result is returned when this happens.
/// </summary>
public sealed class RecommendationRuleException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RecommendationRuleException"/> class.</summary>
    public RecommendationRuleException()
        : this("A recommendation rule failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecommendationRuleException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public RecommendationRuleException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecommendationRuleException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public RecommendationRuleException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecommendationRuleException"/> class for a named rule.</summary>
    /// <param name="ruleName">The name of the rule that failed, if known.</param>
    /// <param name="message">The message that describes the error; it should name the rule.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public RecommendationRuleException(string? ruleName, string message, Exception? innerException)
        : base(message, innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>Gets the name of the rule that failed, when one can be named.</summary>
    public string? RuleName { get; }
}
