namespace PortOne.Recommendation.PackageTests.Support;

/// <summary>A .resx file of the library.</summary>
/// <param name="RelativePath">Its path under the library's project folder.</param>
/// <param name="Culture">Its culture, or <see langword="null"/> for the neutral (Korean) texts.</param>
/// <param name="ManifestName">The name of the resource it compiles to.</param>
internal sealed record ResourceFile(string RelativePath, string? Culture, string ManifestName);
