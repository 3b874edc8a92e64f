using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PortOne.Recommendation.Json;

namespace PortOne.Recommendation.WebService;

/// <summary>Builds the service: the engine as a warmed-up singleton, the contract's JSON, problem details for every
/// error, the endpoints, the OpenAPI document, the health check and the questionnaire page.</summary>
public static class WebServiceApp
{
    /// <summary>Builds the application from command-line arguments (for example <c>--urls</c>).</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // One engine for every language and edition; it compiles its rules on creation, at start (see WarmUpService).
        builder.Services.AddPortOneRecommendation(options => options.WarmUpOnCreate = true);
        builder.Services.AddSingleton<WarmUpState>();
        builder.Services.AddHostedService<WarmUpService>();
        builder.Services.AddHealthChecks().AddCheck<EngineHealthCheck>("engine");

        // The library's JSON contract for responses and for the OpenAPI document.
        builder.Services.ConfigureHttpJsonOptions(options => RecommendationJson.Configure(options.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => OpenApiContract.Configure(options));

        var app = builder.Build();

        // Anything unexpected is still a problem-details body, never an empty 500 page.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapOpenApi();
        app.MapHealthChecks("/health");
        RecommendationEndpoints.Map(app);
        return app;
    }
}
