namespace PortOne.Recommendation.Catalog;

/// <summary>Something about the merchant that a source says rules a provider out for a capability (a catalog
/// <c>&lt;limit&gt;</c>).</summary>
internal enum MerchantCondition
{
    /// <summary>The business is registered outside Korea (해외 사업자).</summary>
    BusinessRegisteredAbroad,
}
