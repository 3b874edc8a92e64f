using System.IO;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>The provider catalog's files in the repository: the reviewed XML and the C# compiled from it.</summary>
internal static class CatalogFiles
{
    /// <summary>The full path of <c>ProviderCatalog.xml</c>.</summary>
    public static string XmlPath => Path.Combine(RepositoryFiles.Root(), CatalogCodeWriter.SourcePath);

    /// <summary>The full path of <c>ProviderCatalog.Generated.cs</c>.</summary>
    public static string GeneratedPath => Path.Combine(RepositoryFiles.Root(), CatalogCodeWriter.GeneratedPath);

    /// <summary>The text of <c>ProviderCatalog.xml</c>.</summary>
    public static string XmlText() => File.ReadAllText(XmlPath);
}
