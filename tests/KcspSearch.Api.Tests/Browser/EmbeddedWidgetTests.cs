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
        const string query = "domestic homicide";
        var searchResponse = browser.Page.WaitForResponseAsync(r =>
            r.Url.StartsWith(fixture.ServiceUrl, StringComparison.Ordinal) && SearchPageTests.IsSearchFor(r.Url, query));

        await SearchPageTests.TypeAsync(browser.Widget, query);

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
        await SearchPageTests.CloseSuggestionsAsync(browser);
        await browser.ScreenshotAsync("embedded-desktop");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task Attributes_SetDefaultFiltersPageSizeAndPlaceholder_CustomPropertiesTheme()
    {
        using var api = new ServiceApi(fixture.ServiceUrl);
        var total = (await api.GetAsync("api/search?group=item&topic=DHR")).GetProperty("total").GetInt32();
        Assert.True(total > 3, "the minutes hold more than a page of DHR items");
        var url = fixture.HostOrigin + HostPageServer.ConfiguredPath;

        await using var browser = await fixture.OpenAsync(url);
        var widget = browser.Widget;

        await Expect(widget.Locator(".chips .chip")).ToContainTextAsync("Domestic Homicide Review");
        await Expect(widget.Locator("[role=status]")).ToContainTextAsync($"{total} results");
        await Expect(widget.Locator("li.hit")).ToHaveCountAsync(3);
        await Expect(widget.Locator("nav.pager")).ToContainTextAsync($"Page 1 of {(total + 2) / 3}");
        await Expect(widget.Locator("input[role=combobox]")).ToHaveAttributeAsync("placeholder", "Search the DHR minutes");
        Assert.Equal(HostPageServer.Accent, await widget.Locator("button.submit").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        Assert.Contains("Georgia", await widget.Locator(".root").EvaluateAsync<string>("r => getComputedStyle(r).fontFamily"));

        await widget.Locator("nav.pager").GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(widget.Locator("nav.pager")).ToContainTextAsync("Page 2 of");
        Assert.Equal(url, browser.Page.Url);
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
