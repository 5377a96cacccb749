using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>
/// A stand-in intranet: a second web server on another loopback port (so another origin) whose only page embeds
/// the widget with nothing but its script tag and the element.
/// </summary>
public sealed class HostPageServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private HostPageServer(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary>e.g. <c>http://127.0.0.1:40321</c>.</summary>
    public string Origin { get; }

    /// <summary>The KcspSearch service the page loads the widget from; set before a browser opens the page.</summary>
    public string? ServiceUrl { get; set; }

    public static async Task<HostPageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        HostPageServer? server = null;
        app.MapGet("/", () => Results.Content(server!.Page(), "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server = new HostPageServer(app, address.TrimEnd('/'));
        return server;
    }

    private string Page() =>
        $"""
        <!doctype html>
        <title>Intranet</title>
        <script src="{ServiceUrl ?? throw new InvalidOperationException("Set ServiceUrl before opening the host page.")}/widget/kcsp-search.js"></script>
        <kcsp-search></kcsp-search>
        """;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
