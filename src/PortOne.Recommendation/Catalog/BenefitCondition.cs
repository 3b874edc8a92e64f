namespace PortOne.Recommendation.Catalog;

/// <summary>A condition a package page states for a partner benefit (the catalog's <c>condition</c> attribute on
/// <c>&lt;benefit&gt;</c>). The benefit's text states it; the catalog checks that a benefit has one condition in every
/// edition, so that one text fits them all.</summary>
internal enum BenefitCondition
{
    /// <summary>No condition beyond applying through the package.</summary>
    None,

    /// <summary>"포트원 추천패키지를 통해 결제대행사(PG사) 계약을 완료한 고객사에는": for merchants that complete a PG
    /// contract through the package.</summary>
    PgContractCompleted,
}
