namespace PortOne.Recommendation.ConsoleSample.Reports;

/// <summary>What a comparison was made under, for the lines under the report's title.</summary>
/// <param name="Aspect">What differs between the two answers.</param>
/// <param name="RequestedEdition">The run's package edition as asked for: the "before" of an edition comparison, the
/// edition of both answers of an API-version comparison; may be <see cref="EditionChoice.Latest"/>.</param>
/// <param name="Requirements">The run's requirements: their API version is the "before" of an API-version comparison
/// (<see langword="null"/> for either); their existing contracts are shown.</param>
internal sealed record ComparedConditions(ComparedAspect Aspect, EditionChoice RequestedEdition, MerchantRequirements Requirements)
{
    /// <summary>The edition compared to, for <see cref="ComparedAspect.Edition"/>; may be <see cref="EditionChoice.Latest"/>.</summary>
    public EditionChoice? AfterEdition { get; init; }

    /// <summary>The API version compared to, for <see cref="ComparedAspect.ApiVersion"/>.</summary>
    public PortOneApiVersion? AfterApiVersion { get; init; }
}
