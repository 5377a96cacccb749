using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>
/// The real API on a real socket (Kestrel on 127.0.0.1, a free port) so a browser can reach it, serving a prepared
/// index and allowing one extra origin through CORS.
/// </summary>
public sealed class LoopbackApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    public LoopbackApiFactory(string indexDirectory, string workDirectory, string configDirectory, string corsOrigin)
    {
        settings = new Dictionary<string, string?>
        {
            ["Kcsp:IndexDirectory"] = indexDirectory,
            ["Kcsp:Inbox"] = Path.Combine(workDirectory, "inbox"),
            ["Kcsp:SamplesDirectory"] = Path.Combine(workDirectory, "no-samples"),
            ["Kcsp:ConfigDirectory"] = configDirectory,
            ["Kcsp:RunIndexer"] = "false",
            ["Kcsp:CorsOrigins:0"] = corsOrigin,
            // The service logs every request; a test run only needs its warnings.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
        };
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The service's root URL, e.g. <c>http://127.0.0.1:41234</c>; starts the server on first use.</summary>
    public string RootUrl
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return addresses.First().TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
