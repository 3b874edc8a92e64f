using System;
using System.IO;

namespace PortOne.Recommendation.ConsoleSample.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("portone-console-test-");

    public string FullName => _directory.FullName;

    public string PathOf(string fileName) => Path.Combine(_directory.FullName, fileName);

    public void Dispose() => _directory.Delete(recursive: true);
}
