namespace PortOne.Recommendation.Catalog;

/// <summary>An industry of PortOne's high-risk page: the PGs it lists as reviewing it, or not accepted at all.</summary>
/// <param name="Industry">The industry.</param>
/// <param name="IsAccepted"><see langword="false"/> for the page's 입점불가 업종.</param>
/// <param name="ReviewedBy">The providers the page lists under 심사 후 확인가능 PG사, in <see cref="PaymentProvider"/> order.</param>
internal sealed record CatalogIndustry(MerchantIndustry Industry, bool IsAccepted, PaymentProvider[] ReviewedBy);
