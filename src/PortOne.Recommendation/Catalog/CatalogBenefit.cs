namespace PortOne.Recommendation.Catalog;

/// <summary>A partner benefit one package edition lists, as the provider catalog records it.</summary>
/// <param name="Code">The benefit.</param>
/// <param name="Condition">The condition the page states for it, if any.</param>
/// <param name="SourceKey">The page (at the version the edition's period covers) that lists it.</param>
internal sealed record CatalogBenefit(BenefitCode Code, BenefitCondition Condition, string SourceKey);
