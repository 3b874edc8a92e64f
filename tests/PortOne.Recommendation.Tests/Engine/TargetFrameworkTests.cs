using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class TargetFrameworkTests
{
    [Fact]
    public void LoadedLibrary_IsTheBuildThisRunMeansToTest()
    {
        var wanted = typeof(TargetFrameworkTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "TestedLibraryFramework").Value;
        var loaded = typeof(RecommendationEngine).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        loaded.Should().Be(wanted switch
        {
            "netstandard2.0" => ".NETStandard,Version=v2.0",
            "net8.0" => ".NETCoreApp,Version=v8.0",
            _ => "an unexpected framework: " + wanted,
        });
    }
}
