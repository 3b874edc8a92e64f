#if NET
using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace PortOne.Recommendation.Json;

/// <summary>Builds the JSON paths that errors name, such as <c>$.easyPay.brands[1]</c>.</summary>
internal static class JsonPaths
{
    /// <summary>The step to a property: <c>.name</c>, or <c>['odd name']</c> when the name is not a plain word.</summary>
    public static string Member(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? "." + name
            : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>The step to an array element: <c>[index]</c>.</summary>
    public static string Element(int index) => "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Turns a property path of the library (<c>EasyPay.Brands[1]</c>) into the JSON path of the same value
    /// (<c>$.easyPay.brands[1]</c>).</summary>
    public static string FromPropertyPath(string propertyPath)
    {
        if (propertyPath.Length == 0)
        {
            return RecommendationJson.RootPath;
        }

        var segments = propertyPath.Split('.').Select(segment =>
        {
            var index = segment.IndexOf('[', StringComparison.Ordinal);
            return index < 0
                ? JsonNamingPolicy.CamelCase.ConvertName(segment)
                : JsonNamingPolicy.CamelCase.ConvertName(segment[..index]) + segment[index..];
        });
        return RecommendationJson.RootPath + "." + string.Join('.', segments);
    }
}
#endif
