extern alias kcsp;

using kcsp::KcspSearch.Indexer.Ingest;
using KcspSearch.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>
/// Shared by every browser test (built once, ~seconds): a real index, the API on a loopback port, a host page on another
/// origin allowed through CORS, and Debian's chromium driven by Playwright.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Playwright's own browser download is not used: CI installs Debian's chromium (see .ci/run).
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string workDirectory = Path.Combine(Path.GetTempPath(), "kcsp-browser-tests", Guid.NewGuid().ToString("N"));
    private LoopbackApiFactory? api;
    private HostPageServer? hostPage;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The service root, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>The intranet page on another origin that embeds the widget.</summary>
    public string HostPageUrl => hostPage!.Origin + "/";

    public string HostOrigin => hostPage!.Origin;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    /// <summary>Screenshots land in the test output's TestResults/screenshots, kept as artefacts of the run.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // Without ../shared the tests are skipped (SharedFact) and nothing needs building.
        if (SharedFiles.Directory is null) return;
        // Chromium and its driver start while the service indexes the minutes.
        var launching = LaunchChromiumAsync();
        hostPage = await HostPageServer.StartAsync();
        api = new LoopbackApiFactory(Path.Combine(workDirectory, "index"), hostPage.Origin);
        ServiceUrl = api.RootUrl;
        hostPage.ServiceUrl = ServiceUrl;
        await TestIndex.FillAsync(api.Services.GetRequiredService<IngestService>(), workDirectory);
        await WaitUntilSearchableAsync();
        browser = await launching;
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    private async Task<IBrowser> LaunchChromiumAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("KCSP_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"The browser tests drive Debian's chromium, which is not at {chromium}: apt-get install chromium (as .ci/run does), or set KCSP_CHROMIUM to another Chromium.");
        playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Args = ChromiumArgs });
    }

    /// <summary>The first search loads the engine's view of the new index; the tests start once it answers.</summary>
    private async Task WaitUntilSearchableAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(ServiceUrl) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync("/api/search?q=minutes");
            if (response.IsSuccessStatusCode) return;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"The service did not answer searches: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(250);
        }
    }

    /// <summary>A fresh browser context (no shared cookies, history or cache) at the given viewport size.</summary>
    public async Task<BrowserPage> OpenAsync(string url, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page);
        await page.GotoAsync(url);
        return browserPage;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (api is not null) await api.DisposeAsync();
        if (hostPage is not null) await hostPage.DisposeAsync();
        try
        {
            if (Directory.Exists(workDirectory)) Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind by a still-closing SQLite handle is harmless.
        }
    }
}
