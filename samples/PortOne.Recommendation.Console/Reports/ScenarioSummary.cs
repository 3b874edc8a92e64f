namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>One built-in scenario as <c>--list-scenarios --format json</c> writes it.</summary>
/// <param name="Name">The name for <c>--scenario</c>.</param>
/// <param name="Title">The title, in the chosen language.</param>
/// <param name="Description">The description, in the chosen language.</param>
/// <param name="IsDefault">Whether it runs when no input is named.</param>
/// <param name="Requirements">Its requirements, which are valid <c>--input</c> JSON.</param>
/// <param name="Edition">The package edition it runs on, or <see langword="null"/> (omitted) for the default; give it
/// to <c>--edition</c> to get the same result from <c>--input</c>.</param>
internal sealed record ScenarioSummary(
    string Name,
    string Title,
    string Description,
    bool IsDefault,
    MerchantRequirements Requirements,
    PackageEdition? Edition);
