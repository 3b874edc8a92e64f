using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using PortOne.Recommendation.PackageTests.Support;

namespace PortOne.Recommendation.PackageTests;

/// <summary>
/// .ci/check-package rebuilds the library from scratch after packing it, with the same settings; the rebuilt
/// assemblies must be byte for byte the packed ones.
/// </summary>
public sealed class ReproducibilityTests
{
    public static TheoryData<string> TargetFrameworks => new(Expected.TargetFrameworks);

    [Theory]
    [MemberData(nameof(TargetFrameworks))]
    public void Rebuild_GivesTheSameAssemblyAndSatellites(string framework)
    {
        var output = Path.Combine(Expected.LibraryDirectory, "bin", Expected.Configuration, framework);
        var files = Expected.SatelliteCultures.Select(c => $"{c}/PortOne.Recommendation.resources.dll").Prepend("PortOne.Recommendation.dll");

        foreach (var file in files)
        {
            Hash(File.ReadAllBytes(Path.Combine(output, file))).Should().Be(
                Hash(PackageArchive.Package.Read($"lib/{framework}/{file}")),
                $"a rebuild of {file} must give the packed bytes (anything that varies from build to build, such as the order in which a source generator emits types, breaks this)");
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
