using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PortOne.Recommendation.PackageTests.Support;

/// <summary>
/// What the package must be and where things are, from the values the build wrote into this assembly (see the
/// project file) and from the library's sources.
/// </summary>
internal static class Expected
{
    public const string PackageId = "PortOne.Recommendation";
    public const string AssemblyName = "PortOne.Recommendation";

    /// <summary>The lib folders of the package, one per target of the library.</summary>
    public static readonly IReadOnlyList<string> TargetFrameworks = ["netstandard2.0", "net8.0"];

    public static string RepositoryRoot { get; } = Value("RepositoryRoot");

    public static string Configuration { get; } = Value("Configuration");

    public static string PackageVersion { get; } = Value("PackageVersion");

    public static string Authors { get; } = Value("Authors");

    /// <summary>The package's dependencies on every target: id and version.</summary>
    public static IReadOnlyDictionary<string, string> Dependencies { get; } = new Dictionary<string, string>
    {
        ["NRules"] = Value("NRulesVersion"),
        ["Microsoft.Extensions.DependencyInjection.Abstractions"] = Value("DiAbstractionsVersion"),
    };

    /// <summary>The dependencies of net8.0 only: FastExpressionCompiler, which compiles the rules there.</summary>
    public static IReadOnlyDictionary<string, string> Net8Dependencies { get; } = new Dictionary<string, string>
    {
        ["FastExpressionCompiler"] = Value("FastExpressionCompilerVersion"),
    };

    public static string LibraryDirectory => Path.Combine(RepositoryRoot, "src", "PortOne.Recommendation");

    public static string PackagePath => Path.Combine(RepositoryRoot, "artifacts", $"{PackageId}.{PackageVersion}.nupkg");

    public static string SymbolPackagePath => Path.Combine(RepositoryRoot, "artifacts", $"{PackageId}.{PackageVersion}.snupkg");

    public static string ConsumerDirectory => Path.Combine(RepositoryRoot, "samples", "PortOne.Recommendation.PackageConsumer");

    /// <summary>The library's resource files: the neutral (Korean) ones, which go into the main assembly, and the
    /// culture-specific ones, which go into satellite assemblies.</summary>
    public static IReadOnlyList<ResourceFile> Resources { get; } = FindResources();

    /// <summary>The cultures the library has satellite assemblies for (Korean is neutral, inside the main one).</summary>
    public static IReadOnlyList<string> SatelliteCultures { get; } =
        Resources.Select(r => r.Culture).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Value(string key) =>
        typeof(Expected).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The build wrote no value for {key}.");

    private static List<ResourceFile> FindResources()
    {
        var resources = new List<ResourceFile>();
        foreach (var path in Directory.EnumerateFiles(LibraryDirectory, "*.resx", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(LibraryDirectory, path);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            // Texts.en.resx -> base name Texts, culture en; Texts.resx -> neutral. As MSBuild does, a suffix counts as a
            // culture only when it names one.
            var name = Path.GetFileNameWithoutExtension(relative);
            var suffix = Path.GetExtension(name).TrimStart('.');
            var culture = IsCulture(suffix) ? suffix : null;
            var baseName = culture is null ? name : Path.GetFileNameWithoutExtension(name);
            var folder = Path.GetDirectoryName(relative)!.Replace(Path.DirectorySeparatorChar, '.');
            var manifestName = string.Join('.', new[] { AssemblyName, folder, baseName }.Where(p => p.Length > 0));
            resources.Add(new ResourceFile(relative, culture, culture is null ? $"{manifestName}.resources" : $"{manifestName}.{culture}.resources"));
        }

        return resources.Count > 0
            ? resources
            : throw new InvalidOperationException($"No .resx file under {LibraryDirectory}: the library has no texts?");
    }

    private static bool IsCulture(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
