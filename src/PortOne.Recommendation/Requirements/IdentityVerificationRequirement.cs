namespace PortOne.Recommendation;

/// <summary>Asks for identity verification (본인인증), independent of any payment.</summary>
/// <param name="Purpose">Why the identity is checked. The default is <see cref="VerificationPurpose.SignUp"/>.</param>
public sealed record IdentityVerificationRequirement(VerificationPurpose Purpose = VerificationPurpose.SignUp);
