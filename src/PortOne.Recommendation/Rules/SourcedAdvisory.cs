using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Builds advisories whose message cites the provider catalog's source for them.</summary>
internal static class SourcedAdvisory
{
    /// <summary>Creates the advisory; its text (<c>Advisory.{code}</c>) takes <paramref name="arguments"/> and then the
    /// source URL as its last placeholder.</summary>
    public static AdvisoryFact Create(MerchantContextFact context, AdvisoryCode code, PaymentService? service, params object[] arguments)
    {
        var withSource = new object[arguments.Length + 1];
        arguments.CopyTo(withSource, 0);
        withSource[arguments.Length] = context.SourceUrl(code);
        return new AdvisoryFact(code, service, LocalizableText.FromResource("Advisory." + code.ToString(), withSource));
    }

    /// <summary>Creates an advisory from the library's text <c>Advisory.{code}</c>, which cites no source.</summary>
    public static AdvisoryFact Plain(AdvisoryCode code, PaymentService? service, params object[] arguments) =>
        new(code, service, LocalizableText.FromResource("Advisory." + code.ToString(), arguments));
}
