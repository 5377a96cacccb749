using System.Threading.RateLimiting;
using KcspSearch.Indexer;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Security;

/// <summary>
/// Counts wrong API keys per client IP, far more strictly than the general rate limit, so a key cannot be
/// guessed by brute force. A blocked client gets 429 whatever key it sends, so it learns nothing more.
/// </summary>
public sealed class FailedApiKeyAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public FailedApiKeyAttempts(IOptions<KcspOptions> options)
    {
        var permits = Math.Max(1, options.Value.FailedApiKeyAttemptsPerMinute);
        limiter = PartitionedRateLimiter.Create<string, string>(client =>
            RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    /// <summary>True when the client has used up its failed attempts; <paramref name="retryAfter"/> says for how long.</summary>
    public bool IsBlocked(string client, out TimeSpan retryAfter)
    {
        // Asking for zero permits tests availability without using any.
        using var lease = limiter.AttemptAcquire(client, permitCount: 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return !lease.IsAcquired;
    }

    public void RecordFailure(string client)
    {
        using var _ = limiter.AttemptAcquire(client);
    }

    public void Dispose() => limiter.Dispose();
}
