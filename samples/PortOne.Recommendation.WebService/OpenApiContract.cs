using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PortOne.Recommendation.Json;

namespace PortOne.Recommendation.WebService;

/// <summary>
/// Makes the OpenAPI document say what the service does: requirements have no required member (every part is
/// optional), result members that are never null are required and not nullable, and the descriptions come from the
/// library's XML documentation.
/// </summary>
internal static class OpenApiContract
{
    private static readonly Lazy<Dictionary<string, string>> Docs = new(LoadDocs);

    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer(TransformAsync);
        options.AddOperationTransformer((operation, context, cancellationToken) =>
        {
            if (operation.OperationId is "Recommend" or "Compare" && operation.RequestBody is OpenApiRequestBody body)
            {
                body.Description = "The merchant requirements as contract JSON; every member is optional.";
            }

            // Read as strings so that a bad value is a problem-details body naming the parameter; documented as what they take.
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                parameter.Schema = (operation.OperationId, parameter.Name) switch
                {
                    ("Recommend", "explain") => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) },
                    ("Compare", "compareApiVersion") => new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = [.. Enum.GetValues<PortOneApiVersion>().Select(v => (JsonNode)JsonValue.Create(RecommendationJson.NameOf(v))), JsonValue.Create(RecommendationEndpoints.EitherApiVersion)],
                    },
                    _ => parameter.Schema,
                };
            }

            return Task.CompletedTask;
        });
    }

    private static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object
            && type.Assembly == typeof(MerchantRequirements).Assembly)
        {
            Describe(schema, "T:" + type.FullName);
            var isInput = type.Name.EndsWith("Requirement", StringComparison.Ordinal) || type.Name.EndsWith("Requirements", StringComparison.Ordinal);
            schema.Required = isInput
                ? null
                : context.JsonTypeInfo.Properties
                    .Where(p => !MayBeNull(type, p))
                    .Select(p => p.Name)
                    .ToHashSet(StringComparer.Ordinal);
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (schema.Properties?.TryGetValue(property.Name, out var member) != true || member is not OpenApiSchema memberSchema)
                {
                    continue;
                }

                Describe(memberSchema, "P:" + type.FullName + "." + ClrName(property));
                var mayBeNull = MayBeNull(type, property)
                    || (isInput && property.PropertyType.Name.EndsWith("Requirement", StringComparison.Ordinal));
                if (!mayBeNull && memberSchema.Type is { } memberType)
                {
                    memberSchema.Type = memberType & ~JsonSchemaType.Null;
                }
            }
        }
        else if (context.JsonPropertyInfo is null && type.IsEnum && type.Assembly == typeof(MerchantRequirements).Assembly)
        {
            Describe(schema, "T:" + type.FullName);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether a member may be left out of the JSON: a <see cref="Nullable{T}"/> value, or a reference the
    /// library annotates as nullable (a result's <c>explanation</c>, a source's <c>key</c>); nulls are not written.</summary>
    private static bool MayBeNull(Type type, JsonPropertyInfo property)
    {
        if (Nullable.GetUnderlyingType(property.PropertyType) is not null)
        {
            return true;
        }

        // The net8.0 source generator records no nullable annotations (nor the CLR property), so ask reflection.
        return !property.PropertyType.IsValueType
            && (property.AttributeProvider as PropertyInfo ?? type.GetProperty(ClrName(property))) is { } info
            && new NullabilityInfoContext().Create(info).ReadState == NullabilityState.Nullable;
    }

    private static string ClrName(JsonPropertyInfo property) =>
        property.Name.Length == 0 ? property.Name : char.ToUpperInvariant(property.Name[0]) + property.Name[1..];

    private static void Describe(OpenApiSchema schema, string member)
    {
        if (Docs.Value.TryGetValue(member, out var text))
        {
            schema.Description = text;
        }
    }

    /// <summary>The summaries of the library's XML documentation file, by member id (<c>T:</c>, <c>P:</c>).</summary>
    private static Dictionary<string, string> LoadDocs()
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.ChangeExtension(typeof(MerchantRequirements).Assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return docs;
        }

        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            var name = (string?)member.Attribute("name");
            var summary = member.Element("summary");
            if (name is null || summary is null)
            {
                continue;
            }

            docs[name] = Flatten(summary);

            // Positional records document their properties as <param> of the type.
            if (name.StartsWith("T:", StringComparison.Ordinal))
            {
                foreach (var parameter in member.Elements("param"))
                {
                    var property = "P:" + name[2..] + "." + (string?)parameter.Attribute("name");
                    docs.TryAdd(property, Flatten(parameter));
                }
            }
        }

        return docs;
    }

    private static string Flatten(XElement element)
    {
        var text = string.Concat(element.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement e when e.Attribute("cref") is { } cref => cref.Value[(cref.Value.LastIndexOf('.') + 1)..],
            XElement e when e.Attribute("langword") is { } word => word.Value,
            XElement e => e.Value,
            _ => string.Empty,
        }));
        return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
