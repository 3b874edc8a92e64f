using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using PortOne.Recommendation.Json;

namespace PortOne.Recommendation.WebService;

/// <summary>The service's endpoints.</summary>
internal static class RecommendationEndpoints
{
    /// <summary>The largest request body read: 64 KiB. Real requirements take a few hundred bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/recommendations", RecommendAsync)
            .Accepts<MerchantRequirements>("application/json")
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("Recommend")
            .WithSummary("Recommends the PGs to apply for through PortOne for one set of merchant requirements.")
            .WithDescription(
                "The body is MerchantRequirements as contract JSON (camelCase, enums as camelCase strings), read strictly: "
                + "malformed JSON, unknown or repeated properties, wrong types, bad enum strings and null are refused with a "
                + "400 problem-details body whose 'errors' are keyed by JSON path. Bodies over 65536 bytes get 413. "
                + "Language: ?lang=ko|en, else Accept-Language, else Korean. Edition: ?edition=latest or an edition name.");

        app.MapGet("/editions", GetEditions)
            .WithName("Editions")
            .WithSummary("Lists the package editions the catalog holds; ?edition= of POST /recommendations takes their names or 'latest'.");

        app.MapGet("/scenarios", GetScenarios)
            .WithName("Scenarios")
            .WithSummary("Example merchants and their requirements, ready to post to /recommendations.");

        app.MapGet("/display-names", GetDisplayNames)
            .WithName("DisplayNames")
            .WithSummary("The Korean or English names of every enum value of the contract, by enum and JSON name.");
    }

    /// <summary>Recommends the PGs to apply for through PortOne for one set of merchant requirements.</summary>
    /// <param name="request">The request; its body is the requirements JSON.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="lang">The language of the texts: <c>ko</c> (default) or <c>en</c>; overrides Accept-Language.</param>
    /// <param name="edition">The package edition: <c>latest</c> or an edition name such as <c>july2025</c> (default: the engine's).</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    internal static async Task<Results<Ok<RecommendationResult>, ProblemHttpResult, ValidationProblem>> RecommendAsync(
        HttpRequest request,
        IRecommendationEngine engine,
        [FromQuery] string? lang,
        [FromQuery] string? edition,
        CancellationToken cancellationToken)
    {
        var queryErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var culture = ResolveLanguage(request, lang, queryErrors);
        EditionChoice? choice = null;
        if (edition is not null)
        {
            if (EditionChoice.TryParse(edition, out var parsed))
            {
                choice = parsed;
            }
            else
            {
                queryErrors["edition"] = [$"'{edition}' is not a package edition. Use 'latest' or one of: {string.Join(", ", EditionNames())}."];
            }
        }

        if (queryErrors.Count > 0)
        {
            return Problems.Validation(culture, "badQuery", Problems.BadQueryTitle(culture), "A query parameter is not valid.", queryErrors);
        }

        if (request.ContentType is { } contentType && !IsJson(contentType))
        {
            return Problems.Status(
                StatusCodes.Status415UnsupportedMediaType, culture, "unsupportedMediaType", $"The body must be application/json, not '{contentType}'.");
        }

        var body = await ReadLimitedAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.Status(
                StatusCodes.Status413PayloadTooLarge, culture, "bodyTooLarge", $"The body is larger than {MaxBodyBytes} bytes.");
        }

        MerchantRequirements requirements;
        try
        {
            requirements = RecommendationJson.ReadRequirements(body);
        }
        catch (RequirementsJsonException ex)
        {
            var path = ex.Path ?? "$";
            var message = ex.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? ex.Message[(path.Length + 2)..] : ex.Message;
            return Problems.Validation(
                culture,
                RecommendationJson.NameOf(ex.Kind),
                Problems.JsonTitle(culture),
                ex.Message,
                new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [message] });
        }

        try
        {
            var context = new RecommendationContext { CultureName = culture, Edition = choice };
            return TypedResults.Ok(engine.Recommend(requirements, context));
        }
        catch (RequirementsValidationException ex)
        {
            var errors = ex.Errors
                .GroupBy(e => RecommendationJson.ToJsonPath(e.Path), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
            return Problems.Validation(
                culture,
                "invalidRequirements",
                Problems.InvalidTitle(culture),
                string.Join("; ", errors.Select(e => e.Key + ": " + string.Join(" ", e.Value))),
                errors);
        }
    }

    /// <summary>Lists the package editions the catalog holds.</summary>
    /// <param name="request">The request, for its language.</param>
    /// <param name="engine">The engine, for which edition is the latest.</param>
    /// <param name="lang">The language of the display names: <c>ko</c> (default) or <c>en</c>.</param>
    internal static Ok<EditionInfo[]> GetEditions(HttpRequest request, IRecommendationEngine engine, [FromQuery] string? lang)
    {
        var culture = CultureInfo.GetCultureInfo(ResolveLanguage(request, lang, errors: null));
        var latest = engine.Recommend(new MerchantRequirements(), new RecommendationContext { Edition = EditionChoice.Latest }).Edition;
        var standard = engine.Recommend(new MerchantRequirements()).Edition;
        return TypedResults.Ok(Editions()
            .Select(e => new EditionInfo(RecommendationJson.NameOf(e), DisplayName(e, culture), e == standard, e == latest))
            .ToArray());
    }

    /// <summary>Example merchants and their requirements, ready to post to /recommendations.</summary>
    /// <param name="request">The request, for its language.</param>
    /// <param name="lang">The language of the titles: <c>ko</c> (default) or <c>en</c>.</param>
    internal static Ok<ScenarioInfo[]> GetScenarios(HttpRequest request, [FromQuery] string? lang)
    {
        var english = ResolveLanguage(request, lang, errors: null) == "en";
        return TypedResults.Ok(Scenarios.All.Select(s => new ScenarioInfo(s.Name, english ? s.TitleEn : s.TitleKo, s.Requirements)).ToArray());
    }

    /// <summary>The Korean or English names of every enum value of the contract, by enum and JSON name.</summary>
    /// <param name="request">The request, for its language.</param>
    /// <param name="lang">The language: <c>ko</c> (default) or <c>en</c>.</param>
    internal static Ok<Dictionary<string, Dictionary<string, string>>> GetDisplayNames(HttpRequest request, [FromQuery] string? lang)
    {
        var culture = CultureInfo.GetCultureInfo(ResolveLanguage(request, lang, errors: null));
        return TypedResults.Ok(new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            ["paymentService"] = Names<PaymentService>(culture),
            ["paymentProvider"] = Names<PaymentProvider>(culture),
            ["applicationPath"] = Names<ApplicationPath>(culture),
            ["packageItem"] = Names<PackageItem>(culture),
            ["easyPayBrand"] = Names<EasyPayBrand>(culture),
            ["easyPayIntegration"] = Names<EasyPayIntegration>(culture),
            ["billingKeyIssuance"] = Names<BillingKeyIssuance>(culture),
            ["verificationPurpose"] = Names<VerificationPurpose>(culture),
            ["portOneApiVersion"] = Names<PortOneApiVersion>(culture),
            ["contractAddOn"] = Names<ContractAddOn>(culture),
            ["advisoryCode"] = Names<AdvisoryCode>(culture),
            ["benefitCode"] = Names<BenefitCode>(culture),
            ["packageEdition"] = Names<PackageEdition>(culture),
        });
    }

    /// <summary>The language: <c>?lang=</c> (ko or en), else the best of Accept-Language that is ko or en, else ko.</summary>
    internal static string ResolveLanguage(HttpRequest request, string? lang, Dictionary<string, string[]>? errors)
    {
        if (lang is not null)
        {
            var chosen = Supported(lang);
            if (chosen is not null)
            {
                return chosen;
            }

            errors?.Add("lang", [$"'{lang}' is not a supported language. Use 'ko' or 'en'."]);
            return "ko";
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => Supported(v.Value.Value))
            .FirstOrDefault(v => v is not null);
        return accepted ?? "ko";
    }

    private static string? Supported(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        var language = tag.Split('-')[0].Trim();
        return language.Equals("ko", StringComparison.OrdinalIgnoreCase) ? "ko"
            : language.Equals("en", StringComparison.OrdinalIgnoreCase) ? "en"
            : null;
    }

    private static bool IsJson(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body, or <see langword="null"/> when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static IEnumerable<PackageEdition> Editions() =>
        Enum.GetValues<PackageEdition>().Where(e => typeof(PackageEdition).GetField(e.ToString())!
            .GetCustomAttributes(typeof(ObsoleteAttribute), inherit: false).Length == 0);

    private static IEnumerable<string> EditionNames() => Editions().Select(e => RecommendationJson.NameOf(e));

    private static string DisplayName(PackageEdition edition, CultureInfo culture)
    {
        try
        {
            return DisplayNames.Of(edition, culture);
        }
        catch (ArgumentException)
        {
            return edition.ToString();
        }
    }

    private static Dictionary<string, string> Names<TEnum>(CultureInfo culture)
        where TEnum : struct, Enum
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            try
            {
                names[RecommendationJson.NameOf(value)] = DisplayNames.Of(value, culture);
            }
            catch (ArgumentException)
            {
                // Obsolete or unnamed values have no display name; the page shows the JSON name.
            }
        }

        return names;
    }
}

/// <summary>A package edition.</summary>
/// <param name="Name">The name that <c>?edition=</c> takes.</param>
/// <param name="DisplayName">The edition's name in the requested language.</param>
/// <param name="IsDefault">Whether the engine uses it when no edition is chosen.</param>
/// <param name="IsLatest">Whether <c>?edition=latest</c> means it.</param>
internal sealed record EditionInfo(string Name, string DisplayName, bool IsDefault, bool IsLatest);

/// <summary>An example merchant.</summary>
/// <param name="Name">A short identifier.</param>
/// <param name="Title">What the merchant is, in the requested language.</param>
/// <param name="Requirements">What it needs: the body to post to /recommendations.</param>
internal sealed record ScenarioInfo(string Name, string Title, MerchantRequirements Requirements);
