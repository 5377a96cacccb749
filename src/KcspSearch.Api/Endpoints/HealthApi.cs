using KcspSearch.Api.Health;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>/health/live</c> and <c>/health/ready</c> for container and load-balancer probes.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");

        group.MapGet("/live", Live)
            .WithName("Live")
            .WithSummary("Liveness: the process answers")
            .WithDescription("Always 200 while the process runs; it touches nothing else, so a busy index never makes the service look dead.");

        group.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithSummary("Readiness: the index can be searched")
            .WithDescription("200 when the index opens with the current schema; 503 while it cannot (a corrupt or unreadable index directory).")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Ok<HealthResponse> Live() => TypedResults.Ok(new HealthResponse(nameof(HealthStatus.Healthy), []));

    public static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Ready(
        HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var response = new HealthResponse(report.Status.ToString(),
            report.Entries.Select(e => new HealthCheckEntry(e.Key, e.Value.Status.ToString(), e.Value.Description)).ToArray());
        return report.Status == HealthStatus.Unhealthy
            ? TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(response);
    }
}
