using System;
using System.IO;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>The standard streams the sample works with; tests hand in their own.</summary>
/// <param name="Input">Standard input: JSON for <c>--input -</c>, answers for <c>--interactive</c>.</param>
/// <param name="Output">Standard output: the report.</param>
/// <param name="Error">Standard error: errors, usage and the questionnaire's prompts.</param>
/// <param name="InputIsTerminal">Whether a person types the input (then a wrong answer is asked again).</param>
/// <param name="OutputIsTerminal">Whether the report goes to a terminal (only then in colour).</param>
internal sealed record AppIo(Stream Input, TextWriter Output, TextWriter Error, bool InputIsTerminal, bool OutputIsTerminal)
{
    public static AppIo FromConsole() => new(
        Console.OpenStandardInput(),
        Console.Out,
        Console.Error,
        InputIsTerminal: !Console.IsInputRedirected,
        OutputIsTerminal: !Console.IsOutputRedirected);
}
