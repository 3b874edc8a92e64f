namespace PortOne.Recommendation;

/// <summary>A partner benefit (제휴혜택) that comes with applying through the recommended package.</summary>
/// <param name="Code">Which benefit.</param>
/// <param name="Message">The benefit, localized.</param>
public sealed record PartnerBenefit(BenefitCode Code, string Message);
