namespace PortOne.Recommendation;

/// <summary>One change between two answers, with a sentence that says it.</summary>
/// <param name="Kind">What changes.</param>
/// <param name="Service">The service it concerns, if any.</param>
/// <param name="Provider">The provider it concerns, if any.</param>
/// <param name="Path">The path, for <see cref="RecommendationChangeKind.PathAdded"/> and
/// <see cref="RecommendationChangeKind.PathRemoved"/>.</param>
/// <param name="Advisory">The advisory's code, for advisory changes.</param>
/// <param name="Benefit">The benefit's code, for benefit changes.</param>
/// <param name="AddOn">The add-on, for add-on changes.</param>
/// <param name="Text">The change in one sentence, in the answers' language.</param>
public sealed record RecommendationChange(
    RecommendationChangeKind Kind,
    PaymentService? Service,
    PaymentProvider? Provider,
    ApplicationPath? Path,
    AdvisoryCode? Advisory,
    BenefitCode? Benefit,
    ContractAddOn? AddOn,
    string Text);
