namespace PortOne.Recommendation;

/// <summary>What changes between two answers (see <see cref="RecommendationChange"/>). The values come in pairs: each
/// change of one answer against another is the pair's other value when the two answers are swapped.</summary>
public enum RecommendationChangeKind
{
    /// <summary>An entry for the service now names the provider.</summary>
    ProviderAdded,

    /// <summary>No entry for the service names the provider any more.</summary>
    ProviderRemoved,

    /// <summary>The service is now applied for through this path (as well).</summary>
    PathAdded,

    /// <summary>The service is no longer applied for through this path.</summary>
    PathRemoved,

    /// <summary>An advisory is now given.</summary>
    AdvisoryGained,

    /// <summary>An advisory is no longer given.</summary>
    AdvisoryLost,

    /// <summary>A partner benefit now comes with the answer.</summary>
    BenefitGained,

    /// <summary>A partner benefit no longer comes with the answer.</summary>
    BenefitLost,

    /// <summary>The contract plan now has a contract with the provider.</summary>
    ContractAdded,

    /// <summary>The contract plan no longer has a contract with the provider.</summary>
    ContractRemoved,

    /// <summary>The contract plan now takes the service from the provider.</summary>
    PlannedServiceAdded,

    /// <summary>The contract plan no longer takes the service from the provider.</summary>
    PlannedServiceRemoved,

    /// <summary>The plan's contract with the provider now needs the add-on.</summary>
    AddOnAdded,

    /// <summary>The plan's contract with the provider no longer needs the add-on.</summary>
    AddOnRemoved,

    /// <summary>No contract of the plan covers the service any more.</summary>
    ServiceUncovered,

    /// <summary>A contract of the plan now covers the service, which none did.</summary>
    ServiceCovered,
}
