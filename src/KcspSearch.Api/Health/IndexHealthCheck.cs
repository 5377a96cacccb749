using KcspSearch.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KcspSearch.Api.Health;

/// <summary>Ready when the index opens and answers with the current schema; degraded while it is still empty.</summary>
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
            // Still ready (200): an empty index answers correctly, and the first start fills it in the background.
            return Task.FromResult(stats.Documents == 0
                ? HealthCheckResult.Degraded("The index is empty: the sample minutes are being indexed, or nothing has been added yet.", data: data)
                : HealthCheckResult.Healthy($"{stats.Meetings} meetings, {stats.Chunks} chunks.", data));
        }
        catch (Exception e)
        {
            // The exception names files on disk: log it, tell the prober only that the index is unusable.
            logger.LogError(e, "The search index cannot be opened or read");
            return Task.FromResult(HealthCheckResult.Unhealthy("The search index cannot be opened or read."));
        }
    }
}
