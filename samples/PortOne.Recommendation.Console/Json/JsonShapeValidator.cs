using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Json;

/// <summary>
/// Checks a parsed JSON document against the shape of a .NET type before it is deserialized, and stops at the first
/// unknown or repeated property, value of the wrong type or enum string that is not allowed, naming its JSON path.
/// The shape is read from the serializer's own metadata of the library's records, so it follows them as they grow.
/// </summary>
/// <remarks>
/// The serializer alone would accept <c>"KAKAOPAY"</c> or <c>"kakaoPay, naverPay"</c> for an enum and explain
/// problems with .NET type names; this check is strict and says what the JSON should hold.
/// </remarks>
internal sealed class JsonShapeValidator(JsonSerializerOptions options, string source, Language language)
{
    /// <summary>Checks a whole document, which must not be <c>null</c>.</summary>
    public void ValidateRoot(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            throw WrongType(JsonPaths.Root, type, element);
        }

        Validate(element, type, JsonPaths.Root);
    }

    /// <summary>Checks one value; <c>null</c> is allowed where the property is nullable or a reference.</summary>
    public void Validate(JsonElement element, Type type, string path)
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
                    Validate(item, info.ElementType!, path + JsonPaths.Element(index++));
                }

                break;
            default:
                // Anything else (dictionaries, custom converters) is left to the serializer.
                break;
        }
    }

    private void ValidateProperties(JsonElement element, JsonTypeInfo info, string path)
    {
        var writable = info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = path + JsonPaths.Member(property.Name);
            var metadata = writable.Find(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal));
            if (metadata is null)
            {
                var allowed = string.Join(", ", writable.Select(p => p.Name));
                throw new BadInputException(UiTexts.UnknownProperty.Format(language, source, propertyPath, property.Name, allowed));
            }

            if (!seen.Add(property.Name))
            {
                throw new BadInputException(UiTexts.DuplicateProperty.Format(language, source, propertyPath));
            }

            Validate(property.Value, metadata.PropertyType, propertyPath);
        }
    }

    private void ValidateEnum(JsonElement element, Type enumType, string path)
    {
        Expect(element.ValueKind == JsonValueKind.String, path, enumType, element);
        var value = element.GetString()!;
        if (!AllowedNames(enumType).Contains(value, StringComparer.Ordinal))
        {
            throw new BadInputException(
                UiTexts.BadEnumValue.Format(language, source, path, value, string.Join(", ", AllowedNames(enumType))));
        }
    }

    private void Expect(bool condition, string path, Type expected, JsonElement found)
    {
        if (!condition)
        {
            throw WrongType(path, expected, found);
        }
    }

    private BadInputException WrongType(string path, Type expected, JsonElement found) =>
        new(UiTexts.WrongType.Format(language, source, path, Describe(expected), Describe(found)));

    private string Describe(Type expected)
    {
        if (expected == typeof(bool))
        {
            return UiTexts.KindBoolean.In(language);
        }

        if (expected.IsEnum)
        {
            return UiTexts.KindEnum.Format(language, string.Join(", ", AllowedNames(expected)));
        }

        if (expected == typeof(string))
        {
            return UiTexts.KindString.In(language);
        }

        if (IsNumber(expected))
        {
            return UiTexts.KindNumber.In(language);
        }

        return options.GetTypeInfo(expected).Kind == JsonTypeInfoKind.Enumerable
            ? UiTexts.KindArray.In(language)
            : UiTexts.KindObject.In(language);
    }

    private string Describe(JsonElement found) => found.ValueKind switch
    {
        JsonValueKind.Object => UiTexts.KindObject.In(language),
        JsonValueKind.Array => UiTexts.KindArray.In(language),
        JsonValueKind.String => UiTexts.KindString.In(language) + " " + Shorten(found.GetRawText()),
        JsonValueKind.Number => UiTexts.KindNumber.In(language) + " " + Shorten(found.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => UiTexts.KindNull.In(language),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static IEnumerable<string> AllowedNames(Type enumType) =>
        Enum.GetValues(enumType).Cast<Enum>().Select(ContractJson.NameOf);

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte)
        || type == typeof(decimal) || type == typeof(double) || type == typeof(float);
}
