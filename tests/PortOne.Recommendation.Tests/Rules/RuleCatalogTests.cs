using System;
using System.IO;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>Every built-in rule is a small, named, described class, and the decision table in docs/ names it.</summary>
public sealed class RuleCatalogTests
{
    private static readonly Type[] BuiltInRules = typeof(RecommendationEngine).Assembly.GetTypes()
        .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void BuiltInRules_AreInternalSealedNamedAndDescribed_WithUniqueNames()
    {
        BuiltInRules.Should().HaveCountGreaterThan(10);
        BuiltInRules.Should().AllSatisfy(type =>
        {
            type.IsPublic.Should().BeFalse("{0} is an implementation detail: rules are internal and loaded as private types", type.Name);
            type.IsSealed.Should().BeTrue();
            type.Namespace.Should().Be("PortOne.Recommendation.Rules");
            AttributeText<NameAttribute>(type).Should().NotBeNullOrWhiteSpace();
            AttributeText<DescriptionAttribute>(type).Should().NotBeNullOrWhiteSpace().And.EndWith(".");
        });
        BuiltInRules.Select(RuleName).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Docs_NameEveryBuiltInRule()
    {
        // The decision table moved from the README to docs/ (decisions, catalog and editions).
        var readme = string.Concat(Directory.GetFiles(Path.Combine(RepositoryFiles.Root(), "docs"), "*.md").Select(File.ReadAllText));

        BuiltInRules.Select(RuleName).Should().AllSatisfy(name => readme.Should().Contain("`" + name + "`"));
    }

    private static string RuleName(Type type) => AttributeText<NameAttribute>(type)!;

    /// <summary>The text an NRules attribute was given (the attributes keep it to themselves).</summary>
    private static string? AttributeText<TAttribute>(Type type) => type.GetCustomAttributesData()
        .SingleOrDefault(a => a.AttributeType == typeof(TAttribute))?
        .ConstructorArguments[0].Value as string;
}
