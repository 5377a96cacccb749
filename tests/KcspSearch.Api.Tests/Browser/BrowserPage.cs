using Microsoft.Playwright;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>A page in its own browser context that records console errors and uncaught exceptions (CSP violations show up there).</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // A host page without an icon makes the browser ask for /favicon.ico; that 404 is not the widget's.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                lock (errors) errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add(error);
        };
    }

    public IPage Page { get; }

    /// <summary>The widget on the page (the first kcsp-search element).</summary>
    public ILocator Widget => Page.Locator("kcsp-search").First;

    /// <summary>Console errors and uncaught exceptions so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors) return [.. errors];
        }
    }

    /// <summary>Fails with every console error and uncaught exception the page produced, if any.</summary>
    public void AssertNoErrors()
    {
        var seen = Errors;
        Assert.True(seen.Count == 0, "The page reported errors:\n" + string.Join("\n", seen));
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"),
            FullPage = true,
        });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
