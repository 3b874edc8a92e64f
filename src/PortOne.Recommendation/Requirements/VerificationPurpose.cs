namespace PortOne.Recommendation;

/// <summary>Why a merchant verifies a person's identity.</summary>
public enum VerificationPurpose
{
    /// <summary>At member sign-up (회원가입).</summary>
    SignUp,

    /// <summary>Where an age limit or a similar restriction applies (나이 제한).</summary>
    AgeRestriction,

    /// <summary>Any other reason.</summary>
    Other,
}
