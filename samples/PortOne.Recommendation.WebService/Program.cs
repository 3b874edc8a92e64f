using PortOne.Recommendation.WebService;

// The sample service: POST /recommendations, POST /recommendations/compare, GET /editions, /scenarios, /display-names,
// /health, /openapi/v1.json and the questionnaire page at /. It listens on localhost only (appsettings.json "Urls")
// unless configured otherwise, for example with --urls or ASPNETCORE_URLS.
var app = WebServiceApp.Build(args);
app.Run();

/// <summary>The entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program
{
    private Program()
    {
    }
}
