using KcspSearch.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KcspSearch.Api.Health;

/// <summary>Ready when the index opens, answers with the current schema, and holds something to search.</summary>
public sealed class IndexHealthCheck(IServiceProvider services, ILogger<IndexHealthCheck> logger) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = services.GetRequiredService<SearchIndex>().GetStats();
            var data = new Dictionary<string, object>
            {
                ["meetings"] = stats.Meetings,
                ["chunks"] = stats.Chunks,
                ["version"] = stats.Version,
            };
            return Task.FromResult(HealthCheckResult.Healthy($"{stats.Meetings} meetings, {stats.Chunks} chunks.", data));
        }
        catch (Exception e)
        {
            // The exception names files on disk: log it, tell the prober only that the index is unusable.
            logger.LogError(e, "The search index cannot be opened or read");
            return Task.FromResult(HealthCheckResult.Unhealthy("The search index cannot be opened or read."));
        }
    }
}
