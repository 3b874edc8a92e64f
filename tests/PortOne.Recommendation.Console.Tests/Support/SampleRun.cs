namespace PortOne.Recommendation.ConsoleSample.Tests.Support;

/// <summary>What one run of the sample left: its exit code and everything it wrote.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
