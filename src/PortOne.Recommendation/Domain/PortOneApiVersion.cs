namespace PortOne.Recommendation;

/// <summary>The PortOne API generation a merchant integrates with. PGs and their features differ between them.</summary>
public enum PortOneApiVersion
{
    /// <summary>PortOne V1 (the former iamport API: 고객사 식별코드 and <c>IMP.request_pay</c>).</summary>
    V1,

    /// <summary>PortOne V2 (store ID, channel keys and the V2 browser SDK).</summary>
    V2,
}
