using System.Text.Json;
using System.Text.RegularExpressions;
using KcspSearch.Tests;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>The search page at <c>/</c> in chromium against the real service and a real index of the client's minutes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture fixture) : IDisposable
{
    private const string Query = "domestic homicide";

    private readonly ServiceApi api = new(fixture.ServiceUrl);

    [SharedFact]
    public async Task TypingAQuery_ShowsHighlightedResultsCitingMeetingItemAndParagraph()
    {
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/");
        var widget = browser.Widget;
        await Expect(widget.Locator(".message.intro")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("search-start");

        await TypeAsync(widget, Query);

        var expected = await api.SearchAsync(Query);
        var total = expected.GetProperty("total").GetInt32();
        Assert.True(total > 0, "the real minutes discuss domestic homicide reviews");
        await Expect(widget.Locator("[role=status]")).ToContainTextAsync($"{total} result");
        var hits = widget.Locator("li.hit");
        await Expect(hits).ToHaveCountAsync(expected.GetProperty("hits").GetArrayLength());
        await Expect(browser.Page).ToHaveURLAsync(new Regex(@"[?&]q=domestic(\+|%20)homicide"));

        var apiHits = expected.GetProperty("hits").EnumerateArray().ToList();
        for (var i = 0; i < apiHits.Count; i++)
        {
            var hit = hits.Nth(i);
            var apiHit = apiHits[i];
            await Expect(hit).ToHaveAttributeAsync("data-chunk", apiHit.GetProperty("chunkId").GetString()!);
            await Expect(hit.Locator("h3 a")).ToHaveTextAsync(apiHit.GetProperty("itemTitle").GetString()!);
            await Expect(hit.Locator("time")).ToHaveAttributeAsync("datetime", apiHit.GetProperty("meetingDate").GetString()!);
            await Expect(hit.Locator("cite")).ToHaveTextAsync(apiHit.GetProperty("citation").GetString()!);
            var marks = await hit.Locator(".snippet mark").AllInnerTextsAsync();
            Assert.NotEmpty(marks);
            Assert.All(marks, mark => Assert.Matches("(?i)domestic|homicide", mark));
            var resolved = apiHit.GetProperty("kind").GetString() == "resolution"
                || apiHit.GetProperty("passages").EnumerateArray().Any(p => p.GetProperty("kind").GetString() == "resolution");
            await Expect(hit.Locator("h3 .badge.resolution")).ToHaveCountAsync(resolved ? 1 : 0);
        }
        Assert.Contains(apiHits, h => h.GetProperty("kind").GetString() == "resolution");

        await CloseSuggestionsAsync(browser);
        await browser.ScreenshotAsync("search-desktop");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task TopicAndYearFacets_AppliedThenRemoved_NarrowAndRestoreTheResults()
    {
        var all = await api.SearchAsync(Query);
        var allTotal = all.GetProperty("total").GetInt32();
        // The rarest topic narrows the search the most.
        var topic = all.GetProperty("facets").GetProperty("topic").EnumerateArray().MinBy(t => t.GetProperty("count").GetInt32());
        var topicValue = topic.GetProperty("value").GetString()!;
        var topicLabel = topic.GetProperty("label").GetString()!;
        var narrowed = await api.SearchAsync(Query, "&topic=" + Uri.EscapeDataString(topicValue));
        var narrowedTotal = narrowed.GetProperty("total").GetInt32();

        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/?q=" + Uri.EscapeDataString(Query));
        var widget = browser.Widget;
        var status = widget.Locator("[role=status]");
        await Expect(status).ToContainTextAsync($"{allTotal} result");

        var facet = widget.Locator($".facet-topics button[data-value='{topicValue}']");
        var count = topic.GetProperty("count").GetInt32();
        await Expect(facet.Locator(".count")).ToHaveTextAsync(count == 1 ? "1 match" : $"{count} matches");
        await facet.ClickAsync();
        await Expect(facet).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(facet).ToBeFocusedAsync();
        var chip = widget.Locator(".chips .chip", new() { HasText = topicLabel });
        await Expect(chip).ToBeVisibleAsync();
        await Expect(status).ToContainTextAsync($"{narrowedTotal} result");
        await Expect(browser.Page).ToHaveURLAsync(new Regex("[?&]topic=" + Regex.Escape(Uri.EscapeDataString(topicValue))));

        await chip.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(widget.Locator(".chips .chip")).ToHaveCountAsync(0);
        await Expect(status).ToContainTextAsync($"{allTotal} result");
        Assert.DoesNotContain("topic=", browser.Page.Url);

        // A year from the chart's facet keeps only that year's meetings.
        var year = all.GetProperty("facets").GetProperty("year")[0].GetProperty("value").GetString()!;
        await widget.Locator($"button.year[data-value='{year}']").ClickAsync();
        await Expect(widget.Locator(".chips .chip", new() { HasText = "Year:" })).ToContainTextAsync(year);
        await Expect(widget.Locator($"svg rect.bar.selected")).ToHaveCountAsync(1);
        var dates = await widget.Locator("li.hit time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.StartsWith(year, date));
        await Expect(browser.Page).ToHaveURLAsync(new Regex($"[?&]year={year}"));

        // Back goes to the search without the year, as the address bar promised.
        await browser.Page.GoBackAsync();
        await Expect(widget.Locator(".chips .chip")).ToHaveCountAsync(0);
        await Expect(status).ToContainTextAsync($"{allTotal} result");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task YearChart_DrawsABarPerYearWithATextAlternative()
    {
        var facets = (await api.SearchAsync(Query)).GetProperty("facets").GetProperty("year").EnumerateArray()
            .ToDictionary(y => y.GetProperty("value").GetString()!, y => y.GetProperty("count").GetInt32());
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/?q=" + Uri.EscapeDataString(Query));
        var chart = browser.Widget.Locator(".chart svg[role=img]");
        await Expect(chart).ToBeVisibleAsync();

        await Expect(chart.Locator("rect.bar")).ToHaveCountAsync(facets.Count);
        var description = await chart.Locator("desc").TextContentAsync();
        foreach (var (year, count) in facets)
            Assert.Contains($"{year}: {count} match", description);
        var labelledBy = await chart.GetAttributeAsync("aria-labelledby");
        Assert.NotNull(labelledBy);
        Assert.Equal(2, labelledBy.Split(' ').Length);
    }

    [SharedFact]
    public async Task OpeningAResult_ShowsTheWholeItemWithTheMatchedPassageHighlighted()
    {
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/?q=" + Uri.EscapeDataString(Query));
        var firstHit = browser.Widget.Locator("li.hit").First;
        var title = await firstHit.Locator("h3 a").InnerTextAsync();
        // The passage link of a discussion paragraph (not the resolution) opens the item at that paragraph.
        var passage = firstHit.Locator("a.para", new() { HasTextRegex = new Regex(@"^¶") }).First;
        var paragraph = (await passage.InnerTextAsync()).TrimStart('¶', ' ');

        await passage.ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex(@"/item\.html\?id="));
        var item = browser.Page.Locator("kcsp-item");
        await Expect(item.Locator("h2")).ToHaveTextAsync(title);

        var itemId = System.Web.HttpUtility.ParseQueryString(new Uri(browser.Page.Url).Query)["id"];
        var expected = await api.GetAsync("api/items/" + itemId);
        var chunks = expected.GetProperty("chunks").EnumerateArray().ToList();
        await Expect(item.Locator("ol.paras > li")).ToHaveCountAsync(chunks.Count);
        var matched = item.Locator("ol.paras > li.matched");
        await Expect(matched).ToHaveCountAsync(1);
        await Expect(matched).ToHaveAttributeAsync("data-paragraph", paragraph);
        await Expect(matched).ToHaveAttributeAsync("aria-current", "true");
        await Expect(matched).ToBeInViewportAsync();
        await Expect(matched).ToBeFocusedAsync();
        Assert.Contains(chunks, c => c.GetProperty("paragraph").GetString() == paragraph);
        Assert.True(await item.Locator("ol.paras mark").CountAsync() > 0, "the query's words are marked in the item");

        var resolutions = chunks.Count(c => c.GetProperty("kind").GetString() == "resolution");
        await Expect(item.Locator("ol.paras > li.resolution .badge.resolution")).ToHaveCountAsync(resolutions);
        foreach (var speaker in expected.GetProperty("speakers").EnumerateArray())
            Assert.NotEmpty(speaker.GetString()!);
        await Expect(item.Locator(".people li")).ToHaveCountAsync(expected.GetProperty("speakers").GetArrayLength());
        await browser.ScreenshotAsync("item-desktop");

        // Back returns to the same search.
        await item.GetByRole(AriaRole.Link, new() { Name = "Back to search" }).ClickAsync();
        await Expect(browser.Widget.Locator("input[role=combobox]")).ToHaveValueAsync(Query);
        await Expect(browser.Widget.Locator("li.hit").First.Locator("h3 a")).ToHaveTextAsync(title);
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task Keyboard_ArrowsAndJK_MoveThroughResults_EnterOpensOne()
    {
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/?q=" + Uri.EscapeDataString(Query));
        var widget = browser.Widget;
        var links = widget.Locator("li.hit h3 a");
        await Expect(links.Nth(1)).ToBeVisibleAsync();
        var keyboard = browser.Page.Keyboard;

        await widget.Locator("input[role=combobox]").FocusAsync();
        await keyboard.PressAsync("ArrowDown");
        await Expect(links.Nth(0)).ToBeFocusedAsync();
        var outline = await links.Nth(0).EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle");
        Assert.NotEqual("none", outline);

        await keyboard.PressAsync("j");
        await Expect(links.Nth(1)).ToBeFocusedAsync();
        await keyboard.PressAsync("k");
        await Expect(links.Nth(0)).ToBeFocusedAsync();
        await keyboard.PressAsync("ArrowDown");
        await Expect(links.Nth(1)).ToBeFocusedAsync();
        await keyboard.PressAsync("ArrowUp");
        await keyboard.PressAsync("ArrowUp");
        await Expect(widget.Locator("input[role=combobox]")).ToBeFocusedAsync();

        await keyboard.PressAsync("ArrowDown");
        await keyboard.PressAsync("j");
        var second = await links.Nth(1).GetAttributeAsync("href");
        await keyboard.PressAsync("Enter");
        await Expect(browser.Page).ToHaveURLAsync(second!);
        await Expect(browser.Page.Locator("kcsp-item h2")).ToBeVisibleAsync();
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task Suggestions_ListedAsAnAriaCombobox_ChoosingASpeakerFilters()
    {
        var expected = await api.GetAsync("api/suggest?prefix=peerb&limit=8");
        var first = expected[0];
        Assert.Equal("speaker", first.GetProperty("kind").GetString());

        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/");
        var widget = browser.Widget;
        var input = widget.Locator("input[role=combobox]");
        await input.PressSequentiallyAsync("peerb", new() { Delay = 40 });

        var listbox = widget.Locator("[role=listbox]");
        await Expect(listbox).ToBeVisibleAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(input).ToHaveAttributeAsync("aria-controls", (await listbox.GetAttributeAsync("id"))!);
        var options = listbox.GetByRole(AriaRole.Option);
        await Expect(options).ToHaveCountAsync(expected.GetArrayLength());
        await Expect(options.First).ToContainTextAsync(first.GetProperty("text").GetString()!);

        await browser.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", (await options.First.GetAttributeAsync("id"))!);
        await browser.Page.Keyboard.PressAsync("Enter");

        await Expect(listbox).ToBeHiddenAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(widget.Locator(".chips .chip")).ToContainTextAsync("Speaker:");
        await Expect(browser.Page).ToHaveURLAsync(new Regex("[?&]speaker=" + first.GetProperty("value").GetString()));
        var total = (await api.GetAsync("api/search?group=item&pageSize=10&speaker=" + first.GetProperty("value").GetString())).GetProperty("total").GetInt32();
        await Expect(widget.Locator("[role=status]")).ToContainTextAsync($"{total} result");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task MisspeltQuery_OffersDidYouMean_ChoosingItSearchesTheCorrection()
    {
        var expected = await api.SearchAsync("domestic homocide");
        var correction = expected.GetProperty("didYouMean").GetString()!;
        Assert.Equal(Query, correction);

        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/");
        var widget = browser.Widget;
        await TypeAsync(widget, "domestic homocide");
        var didYouMean = widget.Locator(".did-you-mean button");
        await Expect(didYouMean).ToHaveTextAsync(correction);
        await CloseSuggestionsAsync(browser);
        await browser.ScreenshotAsync("search-did-you-mean");

        await didYouMean.ClickAsync();
        await Expect(widget.Locator("input[role=combobox]")).ToHaveValueAsync(Query);
        await Expect(browser.Page).ToHaveURLAsync(new Regex(@"[?&]q=domestic(\+|%20)homicide"));
        await Expect(widget.Locator(".did-you-mean")).ToBeHiddenAsync();
        await Expect(widget.Locator("li.hit").First).ToBeVisibleAsync();
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task QueryWithoutMatches_ShowsTheNoResultsState()
    {
        const string nonsense = "qwzxv";
        Assert.Equal(0, (await api.SearchAsync(nonsense)).GetProperty("total").GetInt32());

        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/");
        var widget = browser.Widget;
        await TypeAsync(widget, nonsense);

        await Expect(widget.Locator(".message.empty")).ToContainTextAsync("No matching minutes");
        await Expect(widget.Locator("[role=status]")).ToContainTextAsync("0 results");
        await Expect(widget.Locator("li.hit")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("search-no-results");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task SharedAddress_RestoresTheQueryAndFilters()
    {
        const string filters = "&topic=mental-health&year=2019";
        var expected = await api.SearchAsync("mental health", filters.Replace("&year=2019", "&from=2019-01-01&to=2019-12-31", StringComparison.Ordinal));
        var total = expected.GetProperty("total").GetInt32();
        Assert.True(total > 0, "the October 2019 minutes discuss mental health");

        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/?q=mental+health" + filters);
        var widget = browser.Widget;
        await Expect(widget.Locator("input[role=combobox]")).ToHaveValueAsync("mental health");
        await Expect(widget.Locator(".chips .chip")).ToHaveCountAsync(2);
        await Expect(widget.Locator(".chips")).ToContainTextAsync("Year:2019");
        await Expect(widget.Locator(".chips")).ToContainTextAsync("Mental health");
        await Expect(widget.Locator("[role=status]")).ToContainTextAsync($"{total} result");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task PhoneWidth_FitsTheScreenWithFiltersBehindAToggle()
    {
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/?q=" + Uri.EscapeDataString(Query), 390, 844);
        var widget = browser.Widget;
        await Expect(widget.Locator("li.hit").First).ToBeVisibleAsync();

        var toggle = widget.Locator("button.facets-toggle");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(widget.Locator(".facet-body")).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "nothing sticks out sideways at phone width");
        await browser.ScreenshotAsync("search-phone");

        await toggle.ClickAsync();
        await Expect(widget.Locator(".facet-body")).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await browser.ScreenshotAsync("search-phone-filters");

        await widget.Locator("li.hit h3 a").First.ClickAsync();
        await Expect(browser.Page.Locator("kcsp-item h2")).ToBeVisibleAsync();
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await browser.ScreenshotAsync("item-phone");
        browser.AssertNoErrors();
    }

    [SharedFact]
    public async Task SnippetWithMarkupOtherThanMark_IsShownAsTextNeverAsHtml()
    {
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/");
        // A snippet that broke the contract (markup besides <mark>) must not reach the page as HTML.
        const string hostile = "<mark>homicide</mark> <img src=x onerror=\"window.kcspInjected=1\">";
        await browser.Page.RouteAsync("**/api/search?**", async route =>
        {
            var response = await route.FetchAsync();
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
            var hit = body["hits"]![0]!;
            hit["snippet"] = hostile;
            hit["passages"] = null;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });
        await TypeAsync(browser.Widget, Query);

        var snippet = browser.Widget.Locator("li.hit").First.Locator(".snippet");
        await Expect(snippet).ToHaveTextAsync(hostile);
        await Expect(snippet.Locator("img, mark")).ToHaveCountAsync(0);
        Assert.False(await browser.Page.EvaluateAsync<bool>("() => 'kcspInjected' in window"));
    }

    [SharedFact]
    public async Task RateLimitedSearch_SaysWhenItWillRetry()
    {
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/");
        // The service's own limiter answers like this; provoking it for real would slow every other test down.
        await browser.Page.RouteAsync("**/api/search?**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 429,
            ContentType = "application/problem+json",
            Headers = new Dictionary<string, string> { ["Retry-After"] = "30" },
            Body = JsonSerializer.Serialize(new { type = "https://tools.ietf.org/html/rfc6585#section-4", title = "Too Many Requests", status = 429 }),
        }));
        await TypeAsync(browser.Widget, Query);

        var message = browser.Widget.Locator(".message.rate-limited");
        await Expect(message).ToContainTextAsync("Too many searches");
        await Expect(message.Locator(".wait")).ToHaveTextAsync(new Regex("^(30|2[0-9])$"));
        await Expect(message.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        await CloseSuggestionsAsync(browser);
        await browser.ScreenshotAsync("search-rate-limited");
    }

    [SharedFact]
    public async Task UnreachableService_ShowsAnError_TryAgainRecovers()
    {
        await using var browser = await fixture.OpenAsync(fixture.ServiceUrl + "/");
        await browser.Page.RouteAsync("**/api/search?**", route => route.AbortAsync("connectionrefused"));
        // One input event, so one search: typed key by key on a busy machine, a search for a prefix can fail
        // first and the search for the whole query succeed after the route is removed, hiding the message.
        await browser.Widget.Locator("input[role=combobox]").FillAsync(Query);

        var message = browser.Widget.Locator(".message.unreachable");
        await Expect(message).ToContainTextAsync("cannot be reached");
        await browser.Page.UnrouteAllAsync();
        await CloseSuggestionsAsync(browser);
        await message.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(browser.Widget.Locator("li.hit").First).ToBeVisibleAsync();
        await Expect(message).ToBeHiddenAsync();
    }

    /// <summary>Types like a person (one key at a time), so the debounce and the cancelling of stale requests run.</summary>
    /// <summary>
    /// Types like a person and waits for the answer to the whole text: on a slow machine the debounce may fire on a
    /// prefix first ("do"), whose results must not be taken for the final ones.
    /// </summary>
    internal static async Task TypeAsync(ILocator widget, string text)
    {
        var input = widget.Locator("input[role=combobox]");
        var searched = widget.Page.WaitForRequestAsync(r => IsSearchFor(r.Url, text.Trim()));
        await input.PressSequentiallyAsync(text, new() { Delay = 15 });
        await searched;
        await Expect(widget).Not.ToHaveAttributeAsync("loading", "");
        await Expect(widget.Locator("[role=status]")).ToContainTextAsync(new Regex(@"\d+ results?|unreachable|Too many|failed"));
    }

    internal static bool IsSearchFor(string url, string query)
    {
        var uri = new Uri(url);
        return uri.AbsolutePath == "/api/search" && QueryHelpers.ParseQuery(uri.Query).TryGetValue("q", out var q) && q == query;
    }

    /// <summary>Leaves the search box, which closes the suggestion list and keeps late suggestions from opening it.</summary>
    internal static async Task CloseSuggestionsAsync(BrowserPage browser)
    {
        await browser.Widget.Locator("input[role=combobox]").BlurAsync();
        await Expect(browser.Widget.Locator("[role=listbox]")).ToBeHiddenAsync();
    }

    public void Dispose() => api.Dispose();
}
