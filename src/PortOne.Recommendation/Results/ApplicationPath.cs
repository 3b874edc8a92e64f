namespace PortOne.Recommendation;

/// <summary>Where in PortOne's console a service is applied for.</summary>
public enum ApplicationPath
{
    /// <summary>Through the recommended package (추천패키지).</summary>
    RecommendedPackage,

    /// <summary>Through the "select e-payment directly" button (전자결제 직접 선택하기), picking PG and method by hand.</summary>
    DirectSelection,
}
