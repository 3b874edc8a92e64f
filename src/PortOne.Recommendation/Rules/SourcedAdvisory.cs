using System;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Rules;

/// <summary>Builds advisories whose message cites the provider catalog's source for them.</summary>
internal static class SourcedAdvisory
{
    /// <summary>The text key of each advisory code, made once.</summary>
    private static readonly string[] Keys = Array.ConvertAll(EnumValues<AdvisoryCode>.All, code => "Advisory." + code.ToString());

    /// <summary>Creates the advisory; its text (<c>Advisory.{code}</c>) takes <paramref name="arguments"/> and then the
    /// source URL as its last placeholder.</summary>
    public static AdvisoryFact Create(MerchantContextFact context, AdvisoryCode code, PaymentService? service, params object[] arguments)
    {
        var withSource = new object[arguments.Length + 1];
        arguments.CopyTo(withSource, 0);
        withSource[arguments.Length] = context.SourceUrl(code);
        return new AdvisoryFact(code, service, LocalizableText.FromResource(Key(code), withSource));
    }

    /// <summary>Creates the advisory with a text of its own (a variant of <c>Advisory.{code}</c>); the text takes
    /// <paramref name="arguments"/> and then the source URL as its last placeholder.</summary>
    public static AdvisoryFact WithText(MerchantContextFact context, AdvisoryCode code, string textKey, PaymentService? service, params object[] arguments)
    {
        var withSource = new object[arguments.Length + 1];
        arguments.CopyTo(withSource, 0);
        withSource[arguments.Length] = context.SourceUrl(code);
        return new AdvisoryFact(code, service, LocalizableText.FromResource(textKey, withSource));
    }

    /// <summary>Creates an advisory about one provider (listed for it in the catalog); its text takes the provider and
    /// then the source the catalog names for that provider.</summary>
    public static AdvisoryFact AboutProvider(MerchantContextFact context, AdvisoryCode code, PaymentService? service, PaymentProvider provider) =>
        AboutProvider(context, code, service, provider, null);

    /// <summary>Creates an advisory about one provider with a text of its own (<paramref name="textKey"/>, or
    /// <c>Advisory.{code}</c> when <see langword="null"/>); the text takes the provider and then its source.</summary>
    public static AdvisoryFact AboutProvider(MerchantContextFact context, AdvisoryCode code, PaymentService? service, PaymentProvider provider, string? textKey) =>
        new(code, service, LocalizableText.FromResource(textKey ?? Key(code), provider, context.SourceUrl(code, provider)));

    /// <summary>Creates an advisory from the library's text <c>Advisory.{code}</c>, which cites no source.</summary>
    public static AdvisoryFact Plain(AdvisoryCode code, PaymentService? service, params object[] arguments) =>
        new(code, service, LocalizableText.FromResource(Key(code), arguments));

    private static string Key(AdvisoryCode code) => (uint)code < (uint)Keys.Length ? Keys[(int)code] : "Advisory." + code.ToString();
}
