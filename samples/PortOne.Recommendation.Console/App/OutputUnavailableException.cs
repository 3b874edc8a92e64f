using System;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>Standard output cannot take the report (closed, or a full disk); the message says so in the report's
/// language, and the exit code is <see cref="ExitCodes.UnexpectedFailure"/>.</summary>
internal sealed class OutputUnavailableException : Exception
{
    public OutputUnavailableException()
    {
    }

    public OutputUnavailableException(string message)
        : base(message)
    {
    }

    public OutputUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
