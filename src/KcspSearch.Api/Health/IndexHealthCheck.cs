using KcspSearch.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KcspSearch.Api.Health;

/// <summary>Ready when the index opens and answers with the current schema; degraded while empty or being filled with the samples.</summary>
public sealed class IndexHealthCheck(IServiceProvider services, SampleIndexingStatus samples, ILogger<IndexHealthCheck> logger)
    : IHealthCheck
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
            // Degraded is still ready (200): the index answers correctly, with fewer results than it will have.
            if (samples.Running)
                return Task.FromResult(HealthCheckResult.Degraded($"Indexing the sample minutes: {stats.Meetings} meetings so far.", data: data));
            return Task.FromResult(stats.Documents == 0
                ? HealthCheckResult.Degraded("The index is empty: nothing has been added yet.", data: data)
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
