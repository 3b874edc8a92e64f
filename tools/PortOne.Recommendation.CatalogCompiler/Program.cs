using System;
using System.IO;
using System.Text;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.CatalogCompiler;

/// <summary>
/// The catalog compiler for maintainers: <c>dotnet run --project tools/PortOne.Recommendation.CatalogCompiler</c>, from
/// the repository root, after changing <c>ProviderCatalog.xml</c> (see docs/catalog-and-editions.md).
/// </summary>
internal static class Program
{
    private const string Usage = """
        Usage: dotnet run --project tools/PortOne.Recommendation.CatalogCompiler [-- options]

        Reads the provider catalog's XML, checks it as a whole and writes the C# the library constructs it from.

          --catalog <file>  the catalog (default: src/PortOne.Recommendation/Catalog/ProviderCatalog.xml,
                            looked for from the current folder upwards)
          --output <file>   the C# file (default: ProviderCatalog.Generated.cs beside the catalog)
          --check           write nothing; exit with code 1 when the C# file is not the one the catalog gives
          -h, --help        show this text

        Exit codes: 0 written (or up to date with --check), 1 out of date with --check, 2 an error (a broken
        catalog, a missing file, a bad argument), with one line on standard error.
        """;

    public static int Main(string[] args)
    {
        string? catalogPath = null;
        string? outputPath = null;
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    Console.Out.WriteLine(Usage);
                    return 0;
                case "--check":
                    check = true;
                    break;
                case "--catalog" when i + 1 < args.Length && catalogPath is null:
                    catalogPath = args[++i];
                    break;
                case "--output" when i + 1 < args.Length && outputPath is null:
                    outputPath = args[++i];
                    break;
                default:
                    return Fail($"unexpected argument '{args[i]}' (--catalog and --output take a file, once)\n\n{Usage}");
            }
        }

        catalogPath ??= FindCatalog();
        if (catalogPath is null || !File.Exists(catalogPath))
        {
            return Fail(catalogPath is null
                ? $"no {CatalogCodeWriter.SourcePath} in the current folder or above it; pass --catalog <file>"
                : $"the catalog '{catalogPath}' does not exist");
        }

        outputPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(catalogPath))!, "ProviderCatalog.Generated.cs");
        string code;
        try
        {
            using var reader = new StreamReader(catalogPath);
            code = CatalogCodeWriter.Write(ProviderCatalogReader.Read(reader, Path.GetRelativePath(Environment.CurrentDirectory, catalogPath)));
        }
        catch (InvalidDataException ex)
        {
            return Fail(ex.Message);
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(code);
        var upToDate = File.Exists(outputPath) && File.ReadAllBytes(outputPath).AsSpan().SequenceEqual(bytes);
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, outputPath);
        if (check)
        {
            Console.Out.WriteLine(upToDate ? $"{shown} is up to date." : $"{shown} is out of date: regenerate it with {CatalogCodeWriter.Command}");
            return upToDate ? 0 : 1;
        }

        if (!upToDate)
        {
            File.WriteAllBytes(outputPath, bytes);
        }

        Console.Out.WriteLine(upToDate ? $"{shown} is up to date." : $"Wrote {shown}.");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("catalog compiler: " + message);
        return 2;
    }

    /// <summary>The catalog under the current folder or the nearest folder above it that has one.</summary>
    private static string? FindCatalog()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, CatalogCodeWriter.SourcePath);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
