namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>What a recommendation was made under, for the lines under the report's title.</summary>
/// <param name="RequestedEdition">The package edition asked for; may be <see cref="EditionChoice.Latest"/>.</param>
/// <param name="Edition">The edition the answer used (<see cref="RecommendationResult.Edition"/>).</param>
/// <param name="Requirements">The requirements, for their API version and existing contracts.</param>
internal sealed record RunConditions(EditionChoice RequestedEdition, PackageEdition Edition, MerchantRequirements Requirements);
