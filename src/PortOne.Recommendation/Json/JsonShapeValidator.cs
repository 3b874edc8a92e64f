#if NET
using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PortOne.Recommendation.Json;

/// <summary>
/// Checks a parsed JSON document against the shape of a .NET type before it is deserialized and stops at the first
/// unknown property, value of the wrong type or enum string that is not allowed, naming its JSON path. The shape is
/// read from the serializer's own (source-generated) metadata, so it follows the records as they grow.
/// </summary>
/// <remarks>
/// The serializer alone would accept <c>"KAKAOPAY"</c> or <c>"kakaoPay, naverPay"</c> for an enum (its enum converter
/// falls back to a case-insensitive parse of a comma list) and explains problems with .NET type names; this check is
/// strict and says what the JSON should hold.
/// </remarks>
internal sealed class JsonShapeValidator(JsonSerializerOptions options)
{
    /// <summary>Checks a whole document, which must not be <c>null</c>.</summary>
    public void ValidateRoot(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            throw WrongType(RecommendationJson.RootPath, type, element);
        }

        Validate(element, type, RecommendationJson.RootPath);
    }

    private void Validate(JsonElement element, Type type, string path)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var target = underlying ?? type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (underlying is null && type.IsValueType)
            {
                throw WrongType(path, target, element);
            }

            return;
        }

        if (target == typeof(bool))
        {
            Expect(element.ValueKind is JsonValueKind.True or JsonValueKind.False, path, target, element);
        }
        else if (target.IsEnum)
        {
            ValidateEnum(element, target, path);
        }
        else if (target == typeof(string))
        {
            Expect(element.ValueKind == JsonValueKind.String, path, target, element);
        }
        else if (IsNumber(target))
        {
            Expect(element.ValueKind == JsonValueKind.Number, path, target, element);
        }
        else
        {
            ValidateComposite(element, options.GetTypeInfo(target), path);
        }
    }

    private void ValidateComposite(JsonElement element, JsonTypeInfo info, string path)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                Expect(element.ValueKind == JsonValueKind.Object, path, info.Type, element);
                ValidateProperties(element, info, path);
                break;
            case JsonTypeInfoKind.Enumerable:
                Expect(element.ValueKind == JsonValueKind.Array, path, info.Type, element);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Validate(item, ElementType(info.Type), path + JsonPaths.Element(index++));
                }

                break;
            default:
                // Anything else (dictionaries, custom converters) is left to the serializer.
                break;
        }
    }

    private void ValidateProperties(JsonElement element, JsonTypeInfo info, string path)
    {
        // Positional records take some values through the constructor: those count as writable too.
        var parameters = info.Type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name ?? string.Empty))
            .ToHashSet(StringComparer.Ordinal);
        var writable = info.Properties.Where(p => p.Set is not null || parameters.Contains(p.Name)).ToList();
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = path + JsonPaths.Member(property.Name);
            var metadata = writable.Find(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal));
            if (metadata is null)
            {
                var allowed = writable.Select(p => p.Name).ToArray();
                throw new RequirementsJsonException(
                    RequirementsJsonErrorKind.UnknownProperty,
                    propertyPath,
                    "unknown property \"" + property.Name + "\". Properties allowed here: " + string.Join(", ", allowed))
                {
                    PropertyName = property.Name,
                    Allowed = allowed,
                };
            }

            Validate(property.Value, metadata.PropertyType, propertyPath);
        }
    }

    private static void ValidateEnum(JsonElement element, Type enumType, string path)
    {
        Expect(element.ValueKind == JsonValueKind.String, path, enumType, element);
        var value = element.GetString()!;
        var allowed = RecommendationJson.EnumNames(enumType);
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new RequirementsJsonException(
                RequirementsJsonErrorKind.BadEnumValue,
                path,
                "\"" + value + "\" is not an allowed value. Allowed values: " + string.Join(", ", allowed))
            {
                Value = value,
                Allowed = allowed,
            };
        }
    }

    private static void Expect(bool condition, string path, Type expected, JsonElement found)
    {
        if (!condition)
        {
            throw WrongType(path, expected, found);
        }
    }

    private static RequirementsJsonException WrongType(string path, Type expected, JsonElement found)
    {
        var expectedShape = ShapeOf(expected);
        var allowed = expected.IsEnum ? RecommendationJson.EnumNames(expected) : [];
        var foundShape = ShapeOf(found.ValueKind);
        var foundText = found.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            ? Shorten(found.GetRawText())
            : null;
        var expectedText = expectedShape == JsonValueShape.EnumString
            ? "a string (one of " + string.Join(", ", allowed) + ")"
            : Describe(expectedShape);
        var foundDescription = foundShape == JsonValueShape.Boolean
            ? foundText!
            : Describe(foundShape) + (foundText is null ? string.Empty : " " + foundText);
        return new RequirementsJsonException(
            RequirementsJsonErrorKind.WrongType, path, "wrong type: expected " + expectedText + ", found " + foundDescription + ".")
        {
            Expected = expectedShape,
            Found = foundShape,
            FoundText = foundText,
            Allowed = allowed,
        };
    }

    private static string Describe(JsonValueShape shape) => shape switch
    {
        JsonValueShape.Object => "an object",
        JsonValueShape.Array => "an array",
        JsonValueShape.Boolean => "true or false",
        JsonValueShape.String => "a string",
        JsonValueShape.EnumString => "a string",
        JsonValueShape.Number => "a number",
        _ => "null",
    };

    private static JsonValueShape ShapeOf(Type expected)
    {
        if (expected == typeof(bool))
        {
            return JsonValueShape.Boolean;
        }

        if (expected.IsEnum)
        {
            return JsonValueShape.EnumString;
        }

        if (expected == typeof(string))
        {
            return JsonValueShape.String;
        }

        if (IsNumber(expected))
        {
            return JsonValueShape.Number;
        }

        return expected != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(expected)
            ? JsonValueShape.Array
            : JsonValueShape.Object;
    }

    private static JsonValueShape ShapeOf(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => JsonValueShape.Object,
        JsonValueKind.Array => JsonValueShape.Array,
        JsonValueKind.String => JsonValueShape.String,
        JsonValueKind.Number => JsonValueShape.Number,
        JsonValueKind.True or JsonValueKind.False => JsonValueShape.Boolean,
        _ => JsonValueShape.Null,
    };

    private static Type ElementType(Type enumerable) =>
        enumerable.IsArray
            ? enumerable.GetElementType()!
            : (enumerable.IsGenericType && enumerable.GetGenericTypeDefinition() == typeof(System.Collections.Generic.IEnumerable<>)
                ? enumerable
                : enumerable.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(System.Collections.Generic.IEnumerable<>)))
                .GetGenericArguments()[0];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte)
        || type == typeof(decimal) || type == typeof(double) || type == typeof(float);
}
#endif
