using System.Globalization;
using System.Resources;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.CustomRules;

/// <summary>
/// The team's own texts, kept in <c>TeamTexts.resx</c> (Korean) and <c>TeamTexts.en.resx</c> (English) like any other
/// .NET resources. A rule hands both versions to the engine as one <see cref="LocalizableText"/>; the engine writes the
/// one that the call asked for.
/// </summary>
public static class TeamTexts
{
    public const string CardsGoToNicePayments = nameof(CardsGoToNicePayments);
    public const string KgInicisExcludedForTicketResale = nameof(KgInicisExcludedForTicketResale);
    public const string NicePaymentsThroughPartnerDesk = nameof(NicePaymentsThroughPartnerDesk);

    private static readonly ResourceManager Resources = new("PortOne.Recommendation.CustomRules.TeamTexts", typeof(TeamTexts).Assembly);

    /// <summary>Returns a text of the team in Korean and English.</summary>
    /// <param name="name">One of the names above.</param>
    /// <returns>The text, for an entry's reason or an advisory.</returns>
    public static LocalizableText Get(string name) =>
        LocalizableText.Of(
            Resources.GetString(name, CultureInfo.GetCultureInfo("ko")) ?? throw new MissingManifestResourceException(name),
            Resources.GetString(name, CultureInfo.GetCultureInfo("en")));
}
