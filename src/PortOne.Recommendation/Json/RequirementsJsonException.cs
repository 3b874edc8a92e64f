#if NET
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PortOne.Recommendation.Json;

/// <summary>
/// Thrown by <see cref="RecommendationJson.ReadRequirements(ReadOnlySpan{byte})"/> when the input is not requirements
/// JSON as the contract defines it. It names the first problem found: its kind, the JSON path of the offending value
/// (<see cref="JsonException.Path"/>, for example <c>$.easyPay.brands[1]</c>) and what was expected there, so that a
/// caller can build its own message in its own language; <see cref="Exception.Message"/> is one English line.
/// </summary>
public sealed class RequirementsJsonException : JsonException
{
    /// <summary>Initializes a new instance of the <see cref="RequirementsJsonException"/> class.</summary>
    public RequirementsJsonException()
        : this("The input is not valid requirements JSON.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RequirementsJsonException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public RequirementsJsonException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RequirementsJsonException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public RequirementsJsonException(string message, Exception? innerException)
        : base(message, RecommendationJson.RootPath, lineNumber: null, bytePositionInLine: null, innerException)
    {
        Kind = RequirementsJsonErrorKind.Malformed;
    }

    internal RequirementsJsonException(RequirementsJsonErrorKind kind, string path, string message, Exception? innerException = null)
        : base(path + ": " + message, path, lineNumber: null, bytePositionInLine: null, innerException)
    {
        Kind = kind;
    }

    internal RequirementsJsonException(string path, long line, long column, string reason, Exception? innerException)
        : base(Describe(path, line, column, reason), path, line - 1, bytePositionInLine: null, innerException)
    {
        Kind = RequirementsJsonErrorKind.Malformed;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the kind of problem.</summary>
    public RequirementsJsonErrorKind Kind { get; }

    /// <summary>Gets the one-based line of a <see cref="RequirementsJsonErrorKind.Malformed"/> input where reading stopped.</summary>
    /// <value><see langword="null"/> for the other kinds.</value>
    public long? Line { get; }

    /// <summary>Gets the one-based column, in characters, of a <see cref="RequirementsJsonErrorKind.Malformed"/> input where
    /// reading stopped.</summary>
    /// <value><see langword="null"/> for the other kinds.</value>
    public long? Column { get; }

    /// <summary>Gets the JSON reader's explanation for <see cref="RequirementsJsonErrorKind.Malformed"/> and
    /// <see cref="RequirementsJsonErrorKind.Unreadable"/>, on one line.</summary>
    /// <value><see langword="null"/> for the other kinds.</value>
    public string? Reason { get; init; }

    /// <summary>Gets the offending property name of <see cref="RequirementsJsonErrorKind.UnknownProperty"/> and
    /// <see cref="RequirementsJsonErrorKind.DuplicateProperty"/>.</summary>
    /// <value><see langword="null"/> for the other kinds.</value>
    public string? PropertyName { get; init; }

    /// <summary>Gets the offending string of <see cref="RequirementsJsonErrorKind.BadEnumValue"/>.</summary>
    /// <value><see langword="null"/> for the other kinds.</value>
    public string? Value { get; init; }

    /// <summary>Gets what is allowed at the path: the property names for
    /// <see cref="RequirementsJsonErrorKind.UnknownProperty"/>, the enum names for
    /// <see cref="RequirementsJsonErrorKind.BadEnumValue"/> and for a <see cref="RequirementsJsonErrorKind.WrongType"/>
    /// that expected an enum string.</summary>
    /// <value>An empty list when nothing is listed.</value>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>Gets the kind of value expected at the path, for <see cref="RequirementsJsonErrorKind.WrongType"/>.</summary>
    /// <value><see langword="null"/> for the other kinds.</value>
    public JsonValueShape? Expected { get; init; }

    /// <summary>Gets the kind of value found at the path, for <see cref="RequirementsJsonErrorKind.WrongType"/>.</summary>
    /// <value><see langword="null"/> for the other kinds.</value>
    public JsonValueShape? Found { get; init; }

    /// <summary>Gets the JSON text of the value found (shortened to 40 characters), for
    /// <see cref="RequirementsJsonErrorKind.WrongType"/> when it is a string, a number, <c>true</c> or <c>false</c>.</summary>
    /// <value><see langword="null"/> otherwise.</value>
    public string? FoundText { get; init; }

    private static string Describe(string path, long line, long column, string reason) =>
        FormattableString.Invariant($"{path}: malformed JSON (line {line}, column {column}). {reason}");
}
#endif
