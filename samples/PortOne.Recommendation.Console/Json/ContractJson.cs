using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PortOne.Recommendation.Json;

namespace PortOne.Recommendation.ConsoleSample.Json;

/// <summary>
/// The library's JSON contract (<see cref="RecommendationJson"/>) as the console prints it: indented with "\n" and
/// Korean left readable. That is all that is console-only here; the names, enum strings and strict reading come from
/// the library.
/// </summary>
internal static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options) + "\n";

    /// <summary>The JSON name of an enum value, for example <c>kakaoPay</c>.</summary>
    public static string NameOf(Enum value) => RecommendationJson.NameOf(value);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(RecommendationJson.Options)
        {
            WriteIndented = true,
            NewLine = "\n",
            // Korean texts stay readable in the output; the JSON is not embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        // The console's own report shapes (the scenario list) are not part of the library's contract.
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        options.MakeReadOnly();
        return options;
    }
}
