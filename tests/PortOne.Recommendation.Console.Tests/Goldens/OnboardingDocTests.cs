using System;
using System.IO;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Goldens;

/// <summary>The worked example of docs/onboarding.md quotes the console's output for the seed shop: every whole line it
/// quotes (those without an ellipsis) is a line of the golden output, so the example cannot drift from the answer.</summary>
public sealed class OnboardingDocTests
{
    [Fact]
    public void WorkedExample_QuotesTheSeedShopsOnboardingAsTheConsolePrintsIt()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "onboarding.md"));
        var example = doc[doc.IndexOf("```text", StringComparison.Ordinal)..];
        example = example[..example.IndexOf("```", 7, StringComparison.Ordinal)];
        var quoted = example.Split('\n').Where(l => l.StartsWith("[ ] ", StringComparison.Ordinal) && !l.Contains('…', StringComparison.Ordinal)).ToList();

        var golden = File.ReadAllLines(Path.Combine(RepositoryPaths.TestProject, "Goldens", "Options", "onboarding.subscription-shop.ko.md"))
            .Where(l => l.StartsWith("- [ ] ", StringComparison.Ordinal))
            .Select(l => l[2..].Replace("\\[", "[", StringComparison.Ordinal).Replace("\\]", "]", StringComparison.Ordinal))
            .ToHashSet();

        quoted.Should().HaveCountGreaterThan(5);
        quoted.Should().OnlyContain(line => golden.Contains(line));
    }
}
