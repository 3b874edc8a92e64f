using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>What the command line asks for, once parsed.</summary>
/// <param name="Mode">Where the requirements come from.</param>
/// <param name="ScenarioName">The scenario to run, for <see cref="RunMode.Scenario"/>.</param>
/// <param name="InputPath">The JSON file, or <c>-</c> for standard input, for <see cref="RunMode.Input"/>.</param>
/// <param name="Language">The language of the report and the messages.</param>
/// <param name="Edition">The package edition given with <c>--edition</c>, or <see langword="null"/> when none was
/// given (then a scenario's own edition, else the library's default).</param>
/// <param name="Format">The output format.</param>
/// <param name="OutputPath">The file to write, or <see langword="null"/> for standard output.</param>
internal sealed record Invocation(
    RunMode Mode,
    string? ScenarioName,
    string? InputPath,
    Language Language,
    EditionChoice? Edition,
    OutputFormat Format,
    string? OutputPath)
{
    /// <summary>What <c>--why</c> asks for, or <see langword="null"/> when it was not given.</summary>
    public WhyRequest? Why { get; init; }

    /// <summary>What <c>--compare-edition</c> or <c>--compare-api</c> asks for, or <see langword="null"/> when
    /// neither was given.</summary>
    public ComparisonRequest? Comparison { get; init; }

    /// <summary>Gets a value indicating whether <c>--onboarding</c> asks for the onboarding plan after the report.</summary>
    public bool Onboarding { get; init; }
}
