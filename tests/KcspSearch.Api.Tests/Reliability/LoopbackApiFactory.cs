extern alias kcsp;

using kcsp::KcspSearch.Indexer.Ingest;
using KcspSearch.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port (not the in-memory test server): sockets, HTTP parsing,
/// connection limits and all. Holds <see cref="TestMinutes"/> (with its exempt item) and the committed sample minutes;
/// request logs are off so that tens of thousands of requests measure the service, not the console.
/// </summary>
public sealed class LoopbackApiFactory : KcspApiFactory, IAsyncLifetime
{
    public LoopbackApiFactory() : this(new Dictionary<string, string?>())
    {
    }

    internal LoopbackApiFactory(IDictionary<string, string?> overrides) : base(WithQuietLogs(overrides))
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    /// <summary>A client of its own over real sockets, as an outside caller would have.</summary>
    public HttpClient CreateLoopbackClient(string? apiKey = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16, AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (apiKey is not null) client.DefaultRequestHeaders.Add(KcspSearch.Api.Security.ApiKeyValidator.HeaderName, apiKey);
        return client;
    }

    public async Task InitializeAsync()
    {
        StartServer();
        var ingest = Services.GetRequiredService<IngestService>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "index-data", "samples"), "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".md", StringComparison.Ordinal)) continue;
            var result = await ingest.IngestAsync(file);
            if (!result.Succeeded) throw new InvalidOperationException($"{file}: {result.Reason} {result.Message}");
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string?> WithQuietLogs(IDictionary<string, string?> overrides) => new(overrides)
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
        // Generated wrong keys are expected; each would be a warning line.
        ["Logging:LogLevel:KcspSearch.Api.Security.ApiKeyMiddleware"] = "Error",
    };
}
