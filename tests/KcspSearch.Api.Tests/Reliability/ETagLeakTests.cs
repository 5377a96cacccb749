using System.Net;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>ETags tell an anonymous caller nothing about exempt items: they move only when the public answer does.</summary>
public sealed class ETagLeakTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Urls =
    [
        "/api/search?q=funding", "/api/search?q=", "/api/decisions", "/api/meetings", $"/api/meetings/{ExemptMinutesFactory.MeetingId}",
        "/api/speakers", "/api/topics", $"/api/items/{ExemptMinutesFactory.MeetingId}/1",
    ];

    private readonly ExemptMinutesFactory factories = new();

    public Task InitializeAsync() => factories.InitializeAsync();

    [Fact]
    public async Task ExemptItemChanged_AnonymousETagsStayAndAnswer304_KeyHoldersSeeTheChange()
    {
        var anonymous = factories.WithExempt.CreateClient();
        var trusted = factories.WithExempt.CreateTrustedClient();
        var before = new Dictionary<string, string>();
        foreach (var url in Urls) before[url] = (await anonymous.GetAsync(url)).Headers.ETag!.ToString();
        var trustedBefore = (await trusted.GetAsync("/api/search?q=funding")).Headers.ETag!.ToString();

        await factories.ReplaceExemptTextAsync("twelve covert officers", "fifteen covert officers");

        foreach (var url in Urls)
        {
            var again = await anonymous.GetWithHeadersAsync(url, ("If-None-Match", before[url]));
            Assert.True(again.StatusCode == HttpStatusCode.NotModified, $"{url}: {(int)again.StatusCode} with ETag {again.Headers.ETag} (was {before[url]})");
        }
        var trustedAgain = await trusted.GetWithHeadersAsync("/api/search?q=funding", ("If-None-Match", trustedBefore));
        Assert.Equal(HttpStatusCode.OK, trustedAgain.StatusCode);
        Assert.Contains("fifteen", await (await trusted.GetAsync("/api/search?q=fifteen")).Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Suggestion counts come from an incremental snapshot, which cannot take a removed chunk's words out of its counts:
    /// re-indexing a document must still leave the counts of its unchanged public chunks as they were.
    /// </summary>
    [Fact]
    public async Task ExemptItemChanged_SuggestionsStayTheSame()
    {
        var anonymous = factories.WithExempt.CreateClient();
        var before = await (await anonymous.GetAsync("/api/suggest?prefix=n")).Content.ReadAsStringAsync();

        await factories.ReplaceExemptTextAsync("twelve covert officers", "fifteen covert officers");

        Assert.Equal(before, await (await anonymous.GetAsync("/api/suggest?prefix=n")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnonymousETags_AreTheSameWithOrWithoutTheExemptItem()
    {
        foreach (var url in Urls)
        {
            var with = await factories.WithExempt.CreateClient().GetAsync(url);
            var without = await factories.WithoutExempt.CreateClient().GetAsync(url);
            Assert.True(with.Headers.ETag?.ToString() == without.Headers.ETag?.ToString(), $"{url}: {with.Headers.ETag} with the exempt item, {without.Headers.ETag} without");
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => factories.Dispose();
}
