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

    /// <summary>The value of <c>?compareApiVersion=</c> for no API version (V1 and V2 alike).</summary>
    public const string EitherApiVersion = "either";

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
                + "Language: ?lang=ko|en, else Accept-Language, else Korean. Edition: ?edition=latest or an edition name. "
                + "?explain=true adds 'explanation': why each provider is or is not named for each requested service, with "
                + "the reasons' sources; without it (or with false) the answer has no 'explanation' member. ?onboarding=true "
                + "adds 'onboarding': for each planned contract PortOne's steps, waits, documents and reviews, and the site "
                + "requirements for 'sells', each item with its page.");

        app.MapPost("/recommendations/compare", CompareAsync)
            .Accepts<MerchantRequirements>("application/json")
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("Compare")
            .WithSummary("Compares the answer for one set of merchant requirements with the answer under another edition or API version.")
            .WithDescription(
                "The body, ?lang= and ?edition= are read as POST /recommendations reads them and give the answer compared from "
                + "('before'). ?compareEdition= (latest or an edition name) and ?compareApiVersion= (v1, v2 or either) say what "
                + "differs in the answer compared to ('after'); give one or both. The answer is a RecommendationComparison: both "
                + "answers and the changes, each with a sentence in the requested language; 'changes' is empty when the two "
                + "answers say the same.");

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
    /// <param name="edition">The package edition: <c>latest</c> or an edition name such as <c>may2025</c> (default: the engine's).</param>
    /// <param name="explain"><c>true</c> to add the explanation (why each provider is or is not named); <c>false</c> (default) for none.</param>
    /// <param name="onboarding"><c>true</c> to add the onboarding plan; <c>false</c> (default) for none.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    internal static async Task<Results<Ok<RecommendationResult>, ProblemHttpResult, ValidationProblem>> RecommendAsync(
        HttpRequest request,
        IRecommendationEngine engine,
        [FromQuery] string? lang,
        [FromQuery] string? edition,
        [FromQuery] string? explain,
        [FromQuery] string? onboarding,
        CancellationToken cancellationToken)
    {
        var queryErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var culture = ResolveLanguage(request, lang, queryErrors);
        var choice = ParseEdition(edition, "edition", queryErrors);
        var explains = ParseFlag(explain, "explain", queryErrors);
        var onboards = ParseFlag(onboarding, "onboarding", queryErrors);
        if (queryErrors.Count > 0)
        {
            return BadQuery(culture, queryErrors);
        }

        var (requirements, problem) = await ReadRequirementsAsync<RecommendationResult>(request, culture, cancellationToken).ConfigureAwait(false);
        if (requirements is null)
        {
            return problem!;
        }

        try
        {
            var context = new RecommendationContext { Culture = CultureInfo.GetCultureInfo(culture), Edition = choice, Explain = explains, IncludeOnboarding = onboards };
            return TypedResults.Ok(engine.Recommend(requirements, context));
        }
        catch (RequirementsValidationException ex)
        {
            return InvalidRequirements(culture, ex);
        }
    }

    /// <summary>Compares the answer for one set of merchant requirements with the answer under another edition or API
    /// version.</summary>
    /// <param name="request">The request; its body is the requirements JSON.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="lang">The language of the texts and change sentences: <c>ko</c> (default) or <c>en</c>; overrides Accept-Language.</param>
    /// <param name="edition">The package edition of the answer compared from: <c>latest</c> or an edition name (default: the engine's).</param>
    /// <param name="compareEdition">The package edition of the answer compared to: <c>latest</c> or an edition name (default: <paramref name="edition"/>).</param>
    /// <param name="compareApiVersion">The PortOne API version of the answer compared to: <c>v1</c>, <c>v2</c> or <c>either</c> (default: the body's <c>apiVersion</c>).</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    internal static async Task<Results<Ok<RecommendationComparison>, ProblemHttpResult, ValidationProblem>> CompareAsync(
        HttpRequest request,
        IRecommendationEngine engine,
        [FromQuery] string? lang,
        [FromQuery] string? edition,
        [FromQuery] string? compareEdition,
        [FromQuery] string? compareApiVersion,
        CancellationToken cancellationToken)
    {
        var queryErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var culture = ResolveLanguage(request, lang, queryErrors);
        var before = ParseEdition(edition, "edition", queryErrors);
        var after = ParseEdition(compareEdition, "compareEdition", queryErrors);
        var apiVersion = ParseApiVersion(compareApiVersion, "compareApiVersion", queryErrors);
        if (compareEdition is null && compareApiVersion is null)
        {
            const string Missing = "Give compareEdition, compareApiVersion or both: what the answer is compared to.";
            queryErrors["compareEdition"] = [Missing];
            queryErrors["compareApiVersion"] = [Missing];
        }

        if (queryErrors.Count > 0)
        {
            return BadQuery(culture, queryErrors);
        }

        var (requirements, problem) = await ReadRequirementsAsync<RecommendationComparison>(request, culture, cancellationToken).ConfigureAwait(false);
        if (requirements is null)
        {
            return problem!;
        }

        try
        {
            var context = new RecommendationContext { Culture = CultureInfo.GetCultureInfo(culture), Edition = before };
            var changed = apiVersion is { } version ? requirements with { ApiVersion = version.Value } : requirements;
            return TypedResults.Ok(RecommendationComparer.Compare(
                engine.Recommend(requirements, context),
                engine.Recommend(changed, context with { Edition = after ?? before })));
        }
        catch (RequirementsValidationException ex)
        {
            return InvalidRequirements(culture, ex);
        }
    }

    /// <summary>Reads the body as requirements; on failure, the problem to answer with instead.</summary>
    private static async Task<(MerchantRequirements? Requirements, Results<Ok<T>, ProblemHttpResult, ValidationProblem>? Problem)> ReadRequirementsAsync<T>(
        HttpRequest request, string culture, CancellationToken cancellationToken)
    {
        if (request.ContentType is { } contentType && !IsJson(contentType))
        {
            return (null, Problems.Status(
                StatusCodes.Status415UnsupportedMediaType, culture, "unsupportedMediaType", $"The body must be application/json, not '{contentType}'."));
        }

        var body = await ReadLimitedAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, Problems.Status(
                StatusCodes.Status413PayloadTooLarge, culture, "bodyTooLarge", $"The body is larger than {MaxBodyBytes} bytes."));
        }

        try
        {
            return (RecommendationJson.ReadRequirements(body), null);
        }
        catch (RequirementsJsonException ex)
        {
            var path = ex.Path ?? "$";
            var message = ex.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? ex.Message[(path.Length + 2)..] : ex.Message;
            return (null, Problems.Validation(
                culture,
                RecommendationJson.NameOf(ex.Kind),
                Problems.JsonTitle(culture),
                ex.Message,
                new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [message] }));
        }
    }

    private static ValidationProblem InvalidRequirements(string culture, RequirementsValidationException ex)
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

    private static ValidationProblem BadQuery(string culture, Dictionary<string, string[]> errors) =>
        Problems.Validation(
            culture,
            "badQuery",
            Problems.BadQueryTitle(culture),
            errors.Count == 1 ? "A query parameter is not valid." : "Query parameters are not valid.",
            errors);

    /// <summary>An edition query parameter: <see langword="null"/> when absent; an error under <paramref name="key"/>
    /// when it names no edition.</summary>
    private static EditionChoice? ParseEdition(string? value, string key, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (EditionChoice.TryParse(value, out var parsed))
        {
            return parsed;
        }

        errors[key] = [$"'{value}' is not a package edition. Use 'latest' or one of: {string.Join(", ", EditionNames())}."];
        return null;
    }

    /// <summary>An API version query parameter: absent (<see langword="null"/>), or a version where
    /// <c>either</c> is a <see langword="null"/> version; an error under <paramref name="key"/> for anything else.</summary>
    private static ApiVersionChoice? ParseApiVersion(string? value, string key, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Equals(EitherApiVersion, StringComparison.OrdinalIgnoreCase))
        {
            return new ApiVersionChoice(null);
        }

        foreach (var version in Enum.GetValues<PortOneApiVersion>())
        {
            if (trimmed.Equals(RecommendationJson.NameOf(version), StringComparison.OrdinalIgnoreCase))
            {
                return new ApiVersionChoice(version);
            }
        }

        var names = Enum.GetValues<PortOneApiVersion>().Select(v => RecommendationJson.NameOf(v)).Append(EitherApiVersion);
        errors[key] = [$"'{value}' is not a PortOne API version. Use one of: {string.Join(", ", names)}."];
        return null;
    }

    /// <summary>A true/false query parameter; absent is false, anything else is an error under <paramref name="key"/>.</summary>
    private static bool ParseFlag(string? value, string key, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return false;
        }

        if (bool.TryParse(value.Trim(), out var flag))
        {
            return flag;
        }

        errors[key] = [$"'{value}' is not a flag. Use 'true' or 'false'."];
        return false;
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
            ["merchantOffering"] = Names<MerchantOffering>(culture),
            ["merchantIndustry"] = Names<MerchantIndustry>(culture),
            ["onboardingItemKind"] = Names<OnboardingItemKind>(culture),
            ["onboardingActor"] = Names<OnboardingActor>(culture),
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

    private static PackageEdition[] Editions() => Enum.GetValues<PackageEdition>();

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

/// <summary>An API version chosen in a query parameter.</summary>
/// <param name="Value">The version; <see langword="null"/> for either.</param>
internal readonly record struct ApiVersionChoice(PortOneApiVersion? Value);

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
