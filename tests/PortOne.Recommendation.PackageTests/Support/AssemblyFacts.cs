using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PortOne.Recommendation.PackageTests.Support;

/// <summary>What an assembly's metadata says about it, read without loading it.</summary>
internal sealed class AssemblyFacts
{
    private readonly Dictionary<string, string?> _stringAttributes;

    private AssemblyFacts(string name, Version version, string culture, IReadOnlyList<string> resources,
        Dictionary<string, string?> stringAttributes, Guid? pdbId)
    {
        Name = name;
        Version = version;
        Culture = culture;
        ManifestResources = resources;
        _stringAttributes = stringAttributes;
        PdbId = pdbId;
    }

    public string Name { get; }

    public Version Version { get; }

    /// <summary>Gets the culture, empty for a neutral assembly.</summary>
    public string Culture { get; }

    public IReadOnlyList<string> ManifestResources { get; }

    /// <summary>Gets the id of the PDB the assembly was built with, from its CodeView debug entry.</summary>
    public Guid? PdbId { get; }

    /// <summary>Returns the first argument of an assembly attribute whose first constructor parameter is a string.</summary>
    /// <param name="attributeFullName">For example <c>System.Reflection.AssemblyInformationalVersionAttribute</c>.</param>
    public string? StringAttribute(string attributeFullName) =>
        _stringAttributes.TryGetValue(attributeFullName, out var value) ? value : null;

    public static AssemblyFacts Read(byte[] image, params string[] stringAttributeNames)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();

        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            var typeName = AttributeTypeName(reader, attribute);
            if (typeName is null || !stringAttributeNames.Contains(typeName, StringComparer.Ordinal))
            {
                continue;
            }

            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() == 1)
            {
                attributes[typeName] = blob.ReadSerializedString();
            }
        }

        var codeView = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.CodeView).ToList();
        Guid? pdbId = codeView.Count == 1 ? pe.ReadCodeViewDebugDirectoryData(codeView[0]).Guid : null;

        return new AssemblyFacts(
            reader.GetString(definition.Name),
            definition.Version,
            reader.GetString(definition.Culture),
            reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList(),
            attributes,
            pdbId);
    }

    /// <summary>Returns the id of a portable PDB (the part that the assembly's CodeView entry repeats).</summary>
    public static Guid PortablePdbId(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var header = provider.GetMetadataReader().DebugMetadataHeader
            ?? throw new InvalidOperationException("Not a portable PDB: it has no debug metadata header.");
        return new Guid(header.Id.AsSpan()[..16]);
    }

    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };

        return type.Kind switch
        {
            HandleKind.TypeReference => FullName(reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => FullName(reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => null,
        };

        string FullName(StringHandle ns, StringHandle name) => reader.GetString(ns) + "." + reader.GetString(name);
    }
}
