namespace PortOne.Recommendation.Catalog;

/// <summary>Which of a provider's procedures a catalog <c>&lt;procedure&gt;</c> is.</summary>
internal enum OnboardingProcedureKind
{
    /// <summary>A new contract: the provider's 상세 계약절차 page.</summary>
    NewContract,

    /// <summary>Adding a service to a contract the merchant has (상점아이디 추가).</summary>
    AddService,
}
