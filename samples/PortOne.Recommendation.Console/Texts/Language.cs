namespace PortOne.Recommendation.ConsoleSample.Texts;

/// <summary>The languages the sample writes in. Korean is the default, as in the library.</summary>
internal enum Language
{
    /// <summary>Korean (<c>--lang ko</c>).</summary>
    Korean,

    /// <summary>English (<c>--lang en</c>).</summary>
    English,
}
