using System;
using System.IO;

namespace PortOne.Recommendation.CatalogDrift.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("portone-drift-test-");

    public string FullName => _directory.FullName;

    public string PathOf(string name) => Path.Combine(_directory.FullName, name);

    public void Dispose()
    {
        // git marks its object files read-only; clear that so that the folder can go.
        foreach (var file in _directory.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        _directory.Delete(recursive: true);
    }
}
