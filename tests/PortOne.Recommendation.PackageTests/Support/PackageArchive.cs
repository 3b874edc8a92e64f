using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace PortOne.Recommendation.PackageTests.Support;

/// <summary>A .nupkg or .snupkg read into memory: its entries and its nuspec.</summary>
internal sealed class PackageArchive
{
    private static readonly Lazy<PackageArchive> LazyPackage = new(() => Open(Expected.PackagePath));
    private static readonly Lazy<PackageArchive> LazySymbols = new(() => Open(Expected.SymbolPackagePath));

    private readonly Dictionary<string, byte[]> _entries;

    private PackageArchive(string path, Dictionary<string, byte[]> entries)
    {
        Path = path;
        _entries = entries;
        var nuspecs = entries.Keys.Where(n => !n.Contains('/', StringComparison.Ordinal) && n.EndsWith(".nuspec", StringComparison.Ordinal)).ToList();
        if (nuspecs.Count != 1)
        {
            throw new InvalidDataException($"{path} has {nuspecs.Count} .nuspec files at its root, not one.");
        }

        using (var text = new StreamReader(new MemoryStream(entries[nuspecs[0]]), detectEncodingFromByteOrderMarks: true))
        {
            NuspecText = text.ReadToEnd();
        }

        Nuspec = XDocument.Parse(NuspecText);
        Namespace = Nuspec.Root!.Name.Namespace;
        Metadata = Nuspec.Root.Element(Namespace + "metadata")
            ?? throw new InvalidDataException($"The nuspec of {path} has no <metadata>.");
    }

    /// <summary>Gets the package that <c>dotnet pack src/PortOne.Recommendation -c Release -o artifacts</c> wrote.</summary>
    public static PackageArchive Package => LazyPackage.Value;

    /// <summary>Gets the symbol package beside it.</summary>
    public static PackageArchive Symbols => LazySymbols.Value;

    public string Path { get; }

    public IReadOnlyCollection<string> EntryNames => _entries.Keys;

    public string NuspecText { get; }

    public XDocument Nuspec { get; }

    public XNamespace Namespace { get; }

    public XElement Metadata { get; }

    /// <summary>Returns the text of a metadata element, or <see langword="null"/> when it is missing.</summary>
    public string? MetadataValue(string element) => Metadata.Element(Namespace + element)?.Value;

    public byte[] Read(string entryName) =>
        _entries.TryGetValue(entryName, out var bytes)
            ? bytes
            : throw new FileNotFoundException($"{Path} has no entry {entryName}. It has: {string.Join(", ", _entries.Keys.Order(StringComparer.Ordinal))}");

    private static PackageArchive Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{path} does not exist. Pack first (bash .ci/check-package packs, builds the consumer and runs these tests).", path);
        }

        using var zip = ZipFile.OpenRead(path);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add(Uri.UnescapeDataString(entry.FullName), copy.ToArray());
        }

        return new PackageArchive(path, entries);
    }
}
