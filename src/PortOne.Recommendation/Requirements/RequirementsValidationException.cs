using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// Thrown when <see cref="MerchantRequirements"/> cannot be evaluated. It lists every problem at once, each with
/// the property path of the offending value.
/// </summary>
public sealed class RequirementsValidationException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="RequirementsValidationException"/> class with no listed problems.</summary>
    public RequirementsValidationException()
        : this("The merchant requirements are not valid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RequirementsValidationException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public RequirementsValidationException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RequirementsValidationException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public RequirementsValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RequirementsValidationException"/> class from the problems found.</summary>
    /// <param name="errors">Every problem found; the message lists them all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is <see langword="null"/>.</exception>
    public RequirementsValidationException(IReadOnlyList<RequirementsValidationError> errors)
        : this(errors, TextCatalog.DefaultCulture)
    {
    }

    /// <summary>Initializes a new instance from the problems found, with the summary in the engine's culture.</summary>
    internal RequirementsValidationException(IReadOnlyList<RequirementsValidationError> errors, CultureInfo culture)
        : base(BuildMessage(errors, culture), "requirements")
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, in the order of the properties of <see cref="MerchantRequirements"/>.</summary>
    public IReadOnlyList<RequirementsValidationError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<RequirementsValidationError> errors, CultureInfo culture)
    {
        Guard.NotNull(errors);
        return TextCatalog.Format(
            TextKeys.ValidationSummary,
            [errors.Count.ToString(culture), string.Join("; ", errors.Select(e => e.ToString()))],
            culture);
    }
}
