namespace PortOne.Recommendation;

/// <summary>Something the merchant should know or watch out for.</summary>
/// <param name="Code">What kind of advisory this is.</param>
/// <param name="Service">The service it concerns; <see langword="null"/> when it concerns the whole answer or several services.</param>
/// <param name="Message">The advisory, localized.</param>
public sealed record Advisory(AdvisoryCode Code, PaymentService? Service, string Message);
