using KcspSearch.Api.Health;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.ResponseCompression;

namespace KcspSearch.Api.Hosting;

/// <summary>Structured logs with request timing, health checks, response compression and graceful shutdown.</summary>
public static class OperationsExtensions
{
    public static WebApplicationBuilder AddKcspOperations(this WebApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // One line per request with its duration; query strings and headers stay out (searches can be personal, keys secret).
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                                    | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });

        builder.Services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");

        builder.Services.AddResponseCompression(options =>
        {
            // Answers hold public minutes text and never a secret, so compressing over HTTPS is safe.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });

        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));
        return builder;
    }
}
