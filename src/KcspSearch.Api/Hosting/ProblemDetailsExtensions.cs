using System.Diagnostics;
using KcspSearch.Api.Errors;

namespace KcspSearch.Api.Hosting;

/// <summary>RFC 7807 problem details for every error, with a trace id and never an exception's details.</summary>
public static class ProblemDetailsExtensions
{
    public static WebApplicationBuilder AddKcspProblemDetails(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<KcspExceptionHandler>();
        // Binding failures (page=abc, from=yesterday) become exceptions in every environment,
        // so the handler can answer them with the same field-by-field 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }
}
