namespace PortOne.Recommendation;

/// <summary>Where in PortOne's console a service is applied for.</summary>
/// <remarks>Entries of one service are listed in the order recommended package, existing contract, direct selection,
/// which is not the numeric order of the values (they were added over time).</remarks>
public enum ApplicationPath
{
    /// <summary>Through the recommended package (추천패키지).</summary>
    RecommendedPackage,

    /// <summary>Through the "select e-payment directly" button (전자결제 직접 선택하기), picking PG and method by hand.</summary>
    DirectSelection,

    /// <summary>By adding the service to a contract the merchant already has with the PG through PortOne.</summary>
    ExistingContract,
}
