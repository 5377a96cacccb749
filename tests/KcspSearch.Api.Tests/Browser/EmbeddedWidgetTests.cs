using KcspSearch.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>
/// The widget dropped into an intranet page on another origin with nothing but its script tag and the element:
/// it finds its service from the script's address and calls it through CORS.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbeddedWidgetTests(BrowserFixture fixture)
{
    [SharedFact]
    public async Task HostPageOnAnotherOrigin_SearchesTheServiceThroughCors()
    {
        Assert.NotEqual(new Uri(fixture.ServiceUrl).Port, new Uri(fixture.HostPageUrl).Port);
        await using var browser = await fixture.OpenAsync(fixture.HostPageUrl);
        var searchResponse = browser.Page.WaitForResponseAsync(r => r.Url.StartsWith(fixture.ServiceUrl + "/api/search", StringComparison.Ordinal));

        await SearchPageTests.TypeAsync(browser.Widget, "domestic homicide");

        var response = await searchResponse;
        Assert.Equal(200, response.Status);
        Assert.Equal(fixture.HostOrigin, await response.HeaderValueAsync("access-control-allow-origin"));
        await Expect(browser.Widget.Locator("li.hit .snippet mark").First).ToBeVisibleAsync();
        var href = await browser.Widget.Locator("li.hit h3 a").First.GetAttributeAsync("href");
        Assert.StartsWith(fixture.ServiceUrl + "/item.html?id=", href);
        // The host page address mirrors the search too, so an intranet page with results can be bookmarked.
        Assert.Contains("q=domestic", browser.Page.Url);
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the widget stays inside the host page's width");
        await browser.Page.Keyboard.PressAsync("Escape");
        await browser.ScreenshotAsync("embedded-desktop");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task HostPageOnAnOriginNotAllowed_IsRefusedAndSaysSo()
    {
        // localhost is another origin than 127.0.0.1, and only the latter is in Kcsp:CorsOrigins.
        var other = new UriBuilder(fixture.HostPageUrl) { Host = "localhost" }.Uri.ToString();
        await using var browser = await fixture.OpenAsync(other);

        await SearchPageTests.TypeAsync(browser.Widget, "domestic homicide");

        await Expect(browser.Widget.Locator(".message.unreachable")).ToBeVisibleAsync();
        await Expect(browser.Widget.Locator("li.hit")).ToHaveCountAsync(0);
        Assert.Contains(browser.Errors, e => e.Contains("CORS", StringComparison.Ordinal));
    }
}
