namespace PortOne.Recommendation;

/// <summary>The PortOne page an onboarding item rests on or links to.</summary>
/// <param name="Key">The provider catalog's source key, for example <c>H-C-inicis</c>.</param>
/// <param name="Url">The public page a merchant can read (<c>https://help.portone.io/content/…</c>).</param>
/// <param name="Evidence">The file and commit behind the page: <c>owner/repository:path@commit</c>.</param>
public sealed record OnboardingSource(string Key, string Url, string Evidence);
