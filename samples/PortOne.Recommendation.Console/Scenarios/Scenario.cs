using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Scenarios;

/// <summary>A built-in example merchant, run with <c>--scenario NAME</c>.</summary>
/// <param name="Name">The name on the command line, lower-case with hyphens.</param>
/// <param name="Title">A short title for the report.</param>
/// <param name="Description">One sentence on who the merchant is and what it needs.</param>
/// <param name="Requirements">What the merchant needs.</param>
internal sealed record Scenario(string Name, UiText Title, UiText Description, MerchantRequirements Requirements)
{
    /// <summary>The package edition the scenario is about, or <see langword="null"/> for the library's default. A
    /// scenario names one only when its point depends on it; <c>--edition</c> on the command line overrides it.</summary>
    public PackageEdition? Edition { get; init; }
}
