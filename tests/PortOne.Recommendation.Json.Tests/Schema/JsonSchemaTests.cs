using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace PortOne.Recommendation.Json.Tests.Schema;

/// <summary>
/// The JSON Schemas in docs/schema are generated from the library's types with System.Text.Json's schema exporter and
/// must match them. After changing the types, regenerate them with <c>UPDATE_SCHEMA=1 dotnet test</c> (this project).
/// </summary>
public class JsonSchemaTests
{
    public static TheoryData<string, Type> Schemas() => new()
    {
        { "merchant-requirements.schema.json", typeof(MerchantRequirements) },
        { "recommendation-result.schema.json", typeof(RecommendationResult) },
        { "recommendation-comparison.schema.json", typeof(RecommendationComparison) },
    };

    /// <summary>The reference-typed members that may be left out (written only when set): the explanation of a result
    /// and the catalog key of a reason's source.</summary>
    private static readonly string[] OptionalReferences = ["explanation", "key"];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void CommittedSchema_MatchesTheTypes(string fileName, Type type)
    {
        var expected = Generate(type);
        var path = Path.Combine(RepositoryRoot(), "docs", "schema", fileName);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.Exists(path).Should().BeTrue($"{path} is generated with UPDATE_SCHEMA=1 dotnet test");
        File.ReadAllText(path).Should().Be(expected, "the schema must be regenerated (UPDATE_SCHEMA=1) after the types change");
    }

    [Fact]
    public void RequirementsSchema_HasEnumsAsCamelCaseStrings_AndNoRequiredMembers()
    {
        var schema = JsonNode.Parse(Generate(typeof(MerchantRequirements)))!;

        schema["properties"]!["apiVersion"]!["enum"]!.AsArray().Select(n => n?.GetValue<string>())
            .Should().Equal("v1", "v2", null);
        schema["properties"]!["easyPay"]!["anyOf"].Should().BeNull();
        schema["required"].Should().BeNull("every part of the requirements is optional");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void ExplanationAndComparisonSchemas_HaveEnumsAsCamelCaseStrings_AndAnOptionalExplanation()
    {
        var result = JsonNode.Parse(Generate(typeof(RecommendationResult)))!;
        var provider = result["properties"]!["explanation"]!["properties"]!["services"]!["items"]!["properties"]!["providers"]!["items"]!;

        provider["properties"]!["standing"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal("planned", "named", "notNamed");
        provider["properties"]!["reasons"]!["items"]!["properties"]!["code"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().StartWith(["notInPackage", "lacksCapability"]);
        result["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("language").And.NotContain("explanation");

        var comparison = JsonNode.Parse(Generate(typeof(RecommendationComparison)))!;
        comparison["properties"]!["changes"]!["items"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().StartWith(["providerAdded", "providerRemoved"]);
    }

    internal static string Generate(Type type)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // Input: every member is optional. Output: every member that is never null is always written.
                // (The net8.0 source generator reports init-only members as constructor parameters, which the
                // exporter would mark as required.)
                if (node is JsonObject obj && context.TypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
                {
                    obj.Remove("required");
                    if (context.TypeInfo.Type.Name.EndsWith("Requirements", StringComparison.Ordinal) || context.TypeInfo.Type.Name.EndsWith("Requirement", StringComparison.Ordinal))
                    {
                        return node;
                    }

                    var required = new JsonArray();
                    foreach (var property in context.TypeInfo.Properties)
                    {
                        if (Nullable.GetUnderlyingType(property.PropertyType) is null && !OptionalReferences.Contains(property.Name))
                        {
                            required.Add(property.Name);
                        }
                    }

                    obj["required"] = required;
                }

                // Only Nullable<T> values and the optional requirement parts may be null; the net8.0 source generator
                // records no nullable annotations, so the exporter would allow null everywhere.
                if (node is JsonObject member && context.PropertyInfo is { } info
                    && Nullable.GetUnderlyingType(info.PropertyType) is null
                    && !info.PropertyType.Name.EndsWith("Requirement", StringComparison.Ordinal)
                    && !OptionalReferences.Contains(info.Name)
                    && member["type"] is JsonArray types)
                {
                    member["type"] = types.Select(t => t!.GetValue<string>()).First(t => t != "null");
                }

                if (context.Path.IsEmpty && node is JsonObject root)
                {
                    root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.Insert(1, "title", type.Name);
                }

                return node;
            },
        };
        var node = RecommendationJson.Options.GetJsonSchemaAsNode(type, exporterOptions);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" }) + "\n";
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PortOne.Recommendation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
