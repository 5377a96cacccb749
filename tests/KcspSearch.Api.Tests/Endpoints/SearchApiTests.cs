using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Endpoints;

public sealed partial class SearchApiTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Search_Dhr_AnswersInTheContractShape()
    {
        var body = await (await client.GetAsync("/api/search?q=DHR")).JsonAsync();

        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.True(body.GetProperty("tookMs").GetDouble() >= 0);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("interpretedAs").GetString()));
        Assert.True(body.TryGetProperty("didYouMean", out _));
        foreach (var facet in new[] { "topic", "speaker", "year", "kind", "committee" })
            foreach (var bucket in body.GetProperty("facets").GetProperty(facet).EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(bucket.GetProperty("value").GetString()));
                Assert.False(string.IsNullOrEmpty(bucket.GetProperty("label").GetString()));
                Assert.True(bucket.GetProperty("count").GetInt32() > 0);
            }

        var hit = body.GetProperty("hits")[0];
        foreach (var field in new[] { "chunkId", "meetingId", "committee", "itemId", "itemTitle", "paragraph", "kind", "snippet" })
            Assert.False(string.IsNullOrEmpty(hit.GetProperty(field).GetString()), field);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", hit.GetProperty("meetingDate").GetString());
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("speakers").ValueKind);
        Assert.Contains("DHR", hit.GetProperty("topics").Strings());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.True(hit.GetProperty("passages").GetArrayLength() > 0, "group=item is the default and carries passages");
    }

    [Fact]
    public async Task Search_Snippets_MarkMatchesAndEscapeEverythingElse()
    {
        var body = await (await client.GetAsync("/api/search?q=partners&group=chunk")).JsonAsync();

        var snippet = body.GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>", snippet);
        Assert.Contains("&amp;", snippet); // "the partners & would be reviewed"
        Assert.DoesNotContain("<", MarkTags().Replace(snippet, ""));
    }

    [Fact]
    public async Task Search_GroupChunk_ReturnsParagraphsWithoutPassages()
    {
        var body = await (await client.GetAsync("/api/search?q=DHR&group=chunk")).JsonAsync();

        foreach (var hit in body.GetProperty("hits").EnumerateArray())
            Assert.True(!hit.TryGetProperty("passages", out var passages) || passages.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Search_Facets_CountTheWholeMatchSetNotThePage()
    {
        var body = await (await client.GetAsync("/api/search?q=RESOLVED&group=chunk&pageSize=1")).JsonAsync();

        Assert.Equal(1, body.GetProperty("hits").GetArrayLength());
        var total = body.GetProperty("total").GetInt32();
        Assert.True(total > 1);
        Assert.Equal(total, body.GetProperty("facets").GetProperty("kind").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_Pages_AreDisjointAndShareTheTotal()
    {
        var first = await (await client.GetAsync("/api/search?group=chunk&sort=date&pageSize=3&page=1")).JsonAsync();
        var second = await (await client.GetAsync("/api/search?group=chunk&sort=date&pageSize=3&page=2")).JsonAsync();

        Assert.Equal(first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        var ids = ChunkIds(first).Concat(ChunkIds(second)).ToList();
        Assert.Equal(6, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Search_TopicFilter_KeepsOnlyThatTopic()
    {
        var body = await (await client.GetAsync("/api/search?topic=PREVENT&group=chunk")).JsonAsync();

        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.All(body.GetProperty("hits").EnumerateArray(), hit => Assert.Contains("PREVENT", hit.GetProperty("topics").Strings()));
    }

    [Fact]
    public async Task Search_SeveralTopics_MatchAnyOfThem()
    {
        var one = await (await client.GetAsync("/api/search?topic=PREVENT&group=chunk")).JsonAsync();
        var both = await (await client.GetAsync("/api/search?topic=PREVENT&topic=VRU&group=chunk")).JsonAsync();

        Assert.True(both.GetProperty("total").GetInt32() > one.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_SpeakerFilter_KeepsOnlyThatSpeaker()
    {
        var body = await (await client.GetAsync("/api/search?speaker=hill&group=chunk")).JsonAsync();

        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.All(body.GetProperty("hits").EnumerateArray(), hit => Assert.Contains("hill", hit.GetProperty("speakers").Strings()));
    }

    [Fact]
    public async Task Search_KindFilter_KeepsOnlyResolutions()
    {
        var body = await (await client.GetAsync("/api/search?kind=resolution&group=chunk")).JsonAsync();

        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.All(body.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("resolution", hit.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Search_DateRange_KeepsMeetingsInsideIt()
    {
        var body = await (await client.GetAsync("/api/search?from=2021-01-01&to=2021-12-31&group=chunk&pageSize=100")).JsonAsync();

        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.All(body.GetProperty("hits").EnumerateArray(),
            hit => Assert.Equal(TestMinutes.November2021, hit.GetProperty("meetingId").GetString()));
    }

    [Fact]
    public async Task Search_SortDate_PutsNewestMeetingFirst()
    {
        var body = await (await client.GetAsync("/api/search?q=domestic&sort=date&group=chunk&pageSize=100")).JsonAsync();

        var dates = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("meetingDate").GetString()!).ToList();
        Assert.True(dates.Count > 1);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Search_CommitteeFilter_MatchesTheSlug()
    {
        var kcsp = await (await client.GetAsync("/api/search?committee=kcsp")).JsonAsync();
        var other = await (await client.GetAsync("/api/search?committee=planning")).JsonAsync();

        Assert.True(kcsp.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, other.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("from=2022-13-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=24/03/2022", "to")]
    [InlineData("from=2022-01-01&to=2021-01-01", "from")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("page=5000&pageSize=100", "page")]
    [InlineData("kind=minutes", "kind")]
    [InlineData("group=meeting", "group")]
    [InlineData("sort=popularity", "sort")]
    [InlineData("topic=NOT-A-TOPIC", "topic")]
    [InlineData("topic=DHR&topic=Nonsense", "topic")]
    public async Task Search_InvalidParameter_Is400NamingTheParameter(string query, string parameter)
    {
        var messages = await (await client.GetAsync("/api/search?" + query)).ValidationErrorsAsync(parameter);

        Assert.All(messages, m => Assert.True(m.Length > 15, $"'{m}' does not say what to fix"));
    }

    [Fact]
    public async Task Search_TooLongQuery_Is400()
    {
        var messages = await (await client.GetAsync("/api/search?q=" + new string('a', 501))).ValidationErrorsAsync("q");

        Assert.Contains(messages, m => m.Contains("500"));
    }

    [Fact]
    public async Task Search_TopicsAreCaseInsensitive()
    {
        await (await client.GetAsync("/api/search?topic=dhr")).JsonAsync();
    }

    [Fact]
    public async Task Search_RestrictedItem_IsInvisibleWithoutTheKey()
    {
        var body = await (await client.GetAsync($"/api/search?q={TestMinutes.RestrictedWord}")).JsonAsync();

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Empty(body.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Search_RestrictedItem_IsVisibleWithTheKey()
    {
        var body = await (await factory.CreateTrustedClient().GetAsync($"/api/search?q={TestMinutes.RestrictedWord}")).JsonAsync();

        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.Equal(TestMinutes.RestrictedItem, body.GetProperty("hits")[0].GetProperty("itemId").GetString());
    }

    [Fact]
    public async Task Search_RestrictedItem_IsLeftOutOfFacetCountsWithoutTheKey()
    {
        static int DhrCount(JsonElement body) => body.GetProperty("facets").GetProperty("topic").EnumerateArray()
            .Where(b => b.GetProperty("value").GetString() == "DHR").Sum(b => b.GetProperty("count").GetInt32());

        var open = await (await client.GetAsync("/api/search?topic=DHR&group=chunk")).JsonAsync();
        var trusted = await (await factory.CreateTrustedClient().GetAsync("/api/search?topic=DHR&group=chunk")).JsonAsync();

        Assert.True(DhrCount(trusted) > DhrCount(open));
        Assert.True(trusted.GetProperty("total").GetInt32() > open.GetProperty("total").GetInt32());
        Assert.DoesNotContain(ChunkIds(open), id => id.StartsWith(TestMinutes.RestrictedItem + "/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ChunkIds(JsonElement body) =>
        body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("chunkId").GetString()!);

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTags();
}
