namespace PortOne.Recommendation;

/// <summary>Where a provider stands for one requested service.</summary>
public enum ProviderStanding
{
    /// <summary>An entry names it and the contract plan takes the service from it.</summary>
    Planned,

    /// <summary>An entry names it, but the contract plan takes the service from another provider (or covers the
    /// service elsewhere); the plan reasons say why.</summary>
    Named,

    /// <summary>No entry names it; the blocking reasons say why.</summary>
    NotNamed,
}
