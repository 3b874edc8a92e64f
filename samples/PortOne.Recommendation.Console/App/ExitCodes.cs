namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>The exit codes of the sample, as docs/console.md lists them.</summary>
internal static class ExitCodes
{
    /// <summary>The report was written.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected failed; the message names the exception type.</summary>
    public const int UnexpectedFailure = 1;

    /// <summary>Bad input (JSON, file, answers, validation) or a usage error.</summary>
    public const int BadInput = 2;
}
