namespace PortOne.Recommendation.Internal;

/// <summary>A small hash combiner that works on every target (System.HashCode is missing on netstandard2.0).</summary>
internal static class HashCombiner
{
    public static int Combine(int first, int second) => unchecked((first * 397) ^ second);

    public static int Combine(int first, int second, int third) => Combine(Combine(first, second), third);

    public static int Combine(int first, int second, int third, int fourth) =>
        Combine(Combine(first, second, third), fourth);

    public static int Combine(int first, int second, int third, int fourth, int fifth) =>
        Combine(Combine(first, second, third, fourth), fifth);
}
