using System.Threading.RateLimiting;
using KcspSearch.Api.Errors;
using KcspSearch.Api.Security;
using KcspSearch.Indexer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Hosting;

/// <summary>API key, CORS allow-list, per-client rate limits and request size limits.</summary>
public static class SecurityExtensions
{
    // Multipart framing around the uploaded file: boundaries, part headers.
    private const long MultipartOverheadBytes = 64 * 1024;

    public static WebApplicationBuilder AddKcspSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<FailedApiKeyAttempts>();
        services.AddSingleton(sp => new AllowedOrigins(sp.GetRequiredService<IOptions<KcspOptions>>().Value));

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<AllowedOrigins>((cors, allowed) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. allowed.Origins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(ApiKeyValidator.HeaderName, "Content-Type", "If-None-Match")
                .WithExposedHeaders("ETag", "Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<KcspOptions>>((limiter, kcsp) =>
        {
            var permits = Math.Max(1, kcsp.Value.RequestsPerMinute);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsExempt(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), _ => new TokenBucketRateLimiterOptions
                    {
                        // A minute's allowance may be spent in a burst, then refills evenly.
                        TokenLimit = permits,
                        TokensPerPeriod = Math.Max(1, permits / 6),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
                return new ValueTask(ProblemResponses.TooManyRequestsAsync(rejected.HttpContext, retryAfter,
                    $"This address sent more than {permits} requests a minute."));
            };
        });

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<KcspOptions>>((kestrel, kcsp) =>
            kestrel.Limits.MaxRequestBodySize = kcsp.Value.MaxUploadBytes + MultipartOverheadBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<KcspOptions>>((form, kcsp) =>
        {
            form.MultipartBodyLengthLimit = kcsp.Value.MaxUploadBytes + MultipartOverheadBytes;
            form.ValueCountLimit = 32;
        });
        return builder;
    }

    /// <summary>Health probes must answer even when a client floods the API.</summary>
    private static bool IsExempt(PathString path) => path.StartsWithSegments("/health");
}
