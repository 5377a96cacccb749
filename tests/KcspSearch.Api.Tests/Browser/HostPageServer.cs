using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
        app.MapGet("/configured", () => Results.Content(server!.ConfiguredPage(), "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server = new HostPageServer(app, address.TrimEnd('/'));
        return server;
    }

    /// <summary>The path of the page that themes the widget and sets its attributes.</summary>
    public const string ConfiguredPath = "/configured";

    /// <summary>The accent colour <see cref="ConfiguredPath"/> gives the widget.</summary>
    public const string Accent = "rgb(138, 21, 56)";

    private string Script => $"{ServiceUrl ?? throw new InvalidOperationException("Set ServiceUrl before opening the host page.")}/widget/kcsp-search.js";

    private string Page() =>
        $"""
        <!doctype html>
        <title>Intranet</title>
        <script src="{Script}"></script>
        <kcsp-search></kcsp-search>
        """;

    private string ConfiguredPage() =>
        $$"""
        <!doctype html>
        <title>Intranet: domestic homicide reviews</title>
        <style>kcsp-search { --kcsp-accent: {{Accent}}; --kcsp-font: Georgia, serif; }</style>
        <script src="{{Script}}"></script>
        <kcsp-search topic="DHR" page-size="3" placeholder="Search the DHR minutes" url-state="off"></kcsp-search>
        """;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
