using System.Net;
using System.Text.Json;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Tests;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// A ModernGov page full of scripts, event handlers and javascript: links, uploaded and then read back over HTTP:
/// script content is never indexed, snippets carry no markup but &lt;mark&gt;, and no answer holds a raw '&lt;' at all.
/// </summary>
public sealed class ScriptEscapingTests(LoopbackApiFactory factory) : IClassFixture<LoopbackApiFactory>, IAsyncLifetime
{
    private static readonly string MeetingId = HostileDocuments.MeetingIdFor(HostileDocuments.ScriptPageDate);

    public async Task InitializeAsync()
    {
        using var trusted = factory.CreateLoopbackClient(KcspApiFactory.ApiKey);
        var page = HostileDocuments.Named("scripts.html");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(page.Content), "file", page.FileName } };
        var response = await trusted.PostAsync("/api/documents", form);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/search?q=portal")]
    [InlineData("/api/search?q=portal&group=chunk&pageSize=50")]
    [InlineData("/api/search?q=script%20alert")]
    [InlineData("/api/search?q=onerror")]
    [InlineData("/api/search?q=javascript%20cookie")]
    [InlineData("/api/decisions?q=sanitiser")]
    public async Task Snippets_EscapeEverythingButMark(string url)
    {
        using var client = factory.CreateLoopbackClient();
        var response = await client.GetAsync(url);
        var raw = await response.Content.ReadAsStringAsync();

        AssertInertJson(response, raw);
        var hits = JsonDocument.Parse(raw).RootElement.GetProperty(url.StartsWith("/api/decisions", StringComparison.Ordinal) ? "decisions" : "hits");
        Assert.NotEqual(0, hits.GetArrayLength());
        var snippets = hits.EnumerateArray().SelectMany(h => new[] { h }.Concat(h.TryGetProperty("passages", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray() : []))
            .Select(h => h.GetProperty("snippet").GetString()!).ToList();
        var unmarked = snippets.Select(s => s.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)).ToList();
        foreach (var snippet in unmarked)
            Assert.False(snippet.Contains('<') || snippet.Contains('>') || snippet.Contains('"'), $"unescaped markup in a snippet: {snippet}");
        Assert.Contains(unmarked, s => s.Contains("&lt;script&gt;", StringComparison.Ordinal) || s.Contains("onerror=", StringComparison.Ordinal)
                                       || s.Contains("javascript:", StringComparison.Ordinal) || s.Contains("&lt;b&gt;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/items/{0}/1")]
    [InlineData("/api/meetings/{0}")]
    [InlineData("/api/suggest?prefix=portal")]
    [InlineData("/api/search?q=portal%20security")]
    public async Task Answers_AreInertJsonKeepingTheQuotedMarkupAsText(string template)
    {
        using var client = factory.CreateLoopbackClient();
        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, MeetingId));
        var raw = await response.Content.ReadAsStringAsync();

        AssertInertJson(response, raw);
        var text = string.Join("\n", Strings(JsonDocument.Parse(raw).RootElement));
        Assert.True(text.Contains("<script>alert('kcsp')</script>", StringComparison.Ordinal) || text.Contains("<img src=x onerror=alert(1)>", StringComparison.Ordinal),
            "the minutes' quoted markup should survive as text");
    }

    [Fact]
    public async Task ScriptElements_AreNeverIndexed()
    {
        using var client = factory.CreateLoopbackClient(KcspApiFactory.ApiKey);

        var search = await (await client.GetAsync($"/api/search?q={HostileDocuments.ScriptOnlyWord}")).JsonAsync();
        var suggest = await (await client.GetAsync($"/api/suggest?prefix={HostileDocuments.ScriptOnlyWord[..6]}")).JsonAsync();

        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.Empty(suggest.EnumerateArray());
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>JSON that no browser will run or sniff: the right type, nosniff, a CSP forbidding everything, and not one raw '&lt;'.</summary>
    private static void AssertInertJson(HttpResponseMessage response, string raw)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain('<', raw);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
