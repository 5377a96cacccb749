using System.Net;
using KcspSearch.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>
/// The API of <see cref="KcspApiFactory"/> on a real socket (Kestrel on 127.0.0.1, a free port) so a browser can reach
/// it, over an index of its own (filled by <see cref="TestIndex"/>) and allowing the host page's origin through CORS.
/// </summary>
public sealed class LoopbackApiFactory : KcspApiFactory
{
    private readonly string indexDirectory;

    public LoopbackApiFactory(string indexDirectory, string corsOrigin) : base(new Dictionary<string, string?>
    {
        ["Kcsp:IndexDirectory"] = indexDirectory,
        ["Kcsp:CorsOrigins:0"] = corsOrigin,
        // The service logs every request; a test run only needs its warnings.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
    })
    {
        this.indexDirectory = indexDirectory;
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Directory.Delete(indexDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background thread: the OS temp cleaner will take it.
        }
    }
}
