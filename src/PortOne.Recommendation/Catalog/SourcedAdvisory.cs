using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Catalog;

/// <summary>Builds advisories whose message cites the provider catalog's source for them.</summary>
internal static class SourcedAdvisory
{
    /// <summary>Creates the advisory; its text (<c>Advisory.{code}</c>) takes <paramref name="arguments"/> and then the
    /// source URL as its last placeholder.</summary>
    public static AdvisoryFact Create(AdvisoryCode code, PaymentService? service, params object[] arguments)
    {
        var withSource = new object[arguments.Length + 1];
        arguments.CopyTo(withSource, 0);
        withSource[arguments.Length] = ProviderCatalog.Default.AdvisorySourceUrl(code);
        return new AdvisoryFact(code, service, LocalizableText.FromResource("Advisory." + code.ToString(), withSource));
    }
}
