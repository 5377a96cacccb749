using KcspSearch.Api.Endpoints;
using KcspSearch.Api.Hosting;

// Content root = the build output, which holds appsettings.json; relative paths in the configuration
// (Kcsp:IndexDirectory = index-data) resolve against the working directory, like the kcsp CLI's.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();

builder.AddKcspSearch();          // options, index, query engine, in-process indexer
builder.AddKcspSecurity();        // API key, CORS allow-list, rate limits, request size limits
builder.AddKcspProblemDetails();  // RFC 7807 for every error, never a stack trace
builder.AddKcspOpenApi();         // /openapi/v1.json and /swagger
builder.AddKcspOperations();      // JSON logs with request timing, health checks, compression, shutdown

var app = builder.Build();
app.UseKcspMiddleware();          // errors, security headers, compression, pages, CORS, rate limits, API key

app.MapSearchApi();
app.MapDecisionsApi();
app.MapMeetingsApi();
app.MapItemsApi();
app.MapSpeakersApi();
app.MapTopicsApi();
app.MapSuggestApi();
app.MapDocumentsApi();
app.MapHealthApi();
app.MapKcspOpenApi();

app.Run();

/// <summary>The API's entry point, public so integration tests can host it.</summary>
public partial class Program;
