namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary><c>--why</c>: explain every requested service, or only <paramref name="Service"/>.</summary>
/// <param name="Service">The one service to explain, or <see langword="null"/> for every requested service.</param>
internal sealed record WhyRequest(PaymentService? Service);
