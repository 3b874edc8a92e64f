using System;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>Input the sample cannot use; its message, already in the report's language, goes to standard error as
/// it is and the exit code is <see cref="ExitCodes.BadInput"/>.</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException()
    {
    }

    public BadInputException(string message)
        : base(message)
    {
    }

    public BadInputException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
