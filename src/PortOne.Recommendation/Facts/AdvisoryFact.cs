namespace PortOne.Recommendation.Facts;

/// <summary>
/// A rule's decision that the merchant should know something: the fact behind one <see cref="Advisory"/>. When several
/// facts carry the same code, the result keeps the first in <see cref="PaymentService"/> order.
/// </summary>
/// <param name="Code">The kind of advisory.</param>
/// <param name="Service">The service it concerns, or <see langword="null"/> for the whole answer.</param>
/// <param name="Message">The advisory.</param>
public sealed record AdvisoryFact(AdvisoryCode Code, PaymentService? Service, LocalizableText Message);
