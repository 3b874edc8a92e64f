namespace PortOne.Recommendation;

/// <summary>Why a provider is or is not named for a requested service (see <see cref="ExplanationReason"/>).</summary>
/// <remarks>The blocking codes say why an entry does not name a provider; the plan codes say why the contract plan
/// takes a service from another provider that an entry also names. New codes may be appended.</remarks>
public enum ExplanationReasonCode
{
    /// <summary>Blocking: the provider could serve the need, but the package edition does not offer it for the item the
    /// service goes through, and the merchant has no contract with it that could serve the need.</summary>
    NotInPackage,

    /// <summary>Blocking: PortOne's documentation, as the provider catalog records it, shows no such service at the
    /// provider (on any API version).</summary>
    LacksCapability,

    /// <summary>Blocking: the provider offers the service, but not on the merchant's PortOne API version.</summary>
    NotOnApiVersion,

    /// <summary>Blocking: the provider offers easy pay, but not with the requested brands.</summary>
    LacksRequestedBrand,

    /// <summary>Blocking: the provider offers the service, but not for the merchant's purpose or kind of business
    /// (identity verification for an age restriction, which may be an adult business; cards issued abroad for a business
    /// registered outside Korea).</summary>
    CannotServePurpose,

    /// <summary>Blocking: the provider offers the service by another route than the one the answer takes (an overseas
    /// PG, for cards issued abroad that the answer takes through domestic PGs' overseas-card service).</summary>
    OtherRoute,

    /// <summary>Plan: an entry names the provider, but the contract plan adds the service to an existing contract.</summary>
    PlanUsesExistingContract,

    /// <summary>Plan: an entry names the provider, but taking the service from it would mean more new contracts.</summary>
    PlanNeedsFewerNewContracts,

    /// <summary>Plan: an entry names the provider, but taking the service from it would mean more contracts overall.</summary>
    PlanNeedsFewerContracts,

    /// <summary>Plan: an entry names the provider, but taking the service from it would mean more providers outside
    /// the package edition.</summary>
    PlanPrefersPackageProviders,

    /// <summary>Plan: an entry names the provider and it would do as well; the plan takes the service from the provider
    /// it prefers on a tie (an existing contract, then one the package entry names, then the one listed first).</summary>
    PlanTieBreak,

    /// <summary>A reason given by a rule of the caller's own.</summary>
    Custom,
}
