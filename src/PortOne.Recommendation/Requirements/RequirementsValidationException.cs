using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>
/// Thrown when <see cref="MerchantRequirements"/> cannot be evaluated. It lists the problems found, each with the
/// property path of the offending value: the first 100 in <see cref="Errors"/>, the first 10 in the message, and the
/// number of all of them in <see cref="ErrorCount"/>.
/// </summary>
public sealed class RequirementsValidationException : ArgumentException
{
    /// <summary>How many problems the message names at most.</summary>
    public const int MaxErrorsInMessage = 10;

    private readonly string? _summary;

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
    /// <param name="errors">The problems found; the message names the first ten, in Korean.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is <see langword="null"/>.</exception>
    public RequirementsValidationException(IReadOnlyList<RequirementsValidationError> errors)
        : this(Guard.NotNull(errors), errors.Count, TextLanguage.Korean)
    {
    }

    /// <summary>Initializes a new instance from the problems found, with the summary in the call's language.</summary>
    internal RequirementsValidationException(IReadOnlyList<RequirementsValidationError> errors, int total, TextLanguage language)
        : base(BuildMessage(errors, total, language), "requirements")
    {
        Errors = errors;
        ErrorCount = total;
        _summary = BuildMessage(errors, total, language);
    }

    /// <summary>Gets the summary of the problems, without the parameter name that <see cref="ArgumentException"/> would
    /// append (the path of each problem says where it is).</summary>
    public override string Message => _summary ?? base.Message;

    /// <summary>Gets the problems found (the first 100), in the order of the properties of <see cref="MerchantRequirements"/>.</summary>
    public IReadOnlyList<RequirementsValidationError> Errors { get; }

    /// <summary>Gets the number of all problems found, including those beyond <see cref="Errors"/>.</summary>
    public int ErrorCount { get; }

    private static string BuildMessage(IReadOnlyList<RequirementsValidationError> errors, int total, TextLanguage language)
    {
        var list = new StringBuilder();
        for (var i = 0; i < errors.Count && i < MaxErrorsInMessage; i++)
        {
            list.Append(i == 0 ? string.Empty : "; ").Append(errors[i]);
        }

        if (total > MaxErrorsInMessage)
        {
            list.Append(' ').Append(TextCatalog.Format(
                TextKeys.ValidationMoreProblems,
                [(total - MaxErrorsInMessage).ToString(CultureInfo.InvariantCulture)],
                language));
        }

        return TextCatalog.Format(
            TextKeys.ValidationSummary,
            [total.ToString(CultureInfo.InvariantCulture), list.ToString()],
            language);
    }
}
