using System.Net;
using System.Text.Json.Nodes;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Minutes.Model;
using KcspSearch.Search;

namespace KcspSearch.Api.Tests.Caching;

public sealed class IndexETagTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    [Fact]
    public async Task Get_CarriesAWeakETagAndRevalidation()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=DHR");

        Assert.True(response.Headers.ETag?.IsWeak);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("X-Api-Key", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_WithMatchingIfNoneMatch_Is304WithoutBody()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/api/meetings");

        var second = await client.GetWithHeadersAsync("/api/meetings", ("If-None-Match", first.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithStaleIfNoneMatch_Is200()
    {
        var response = await factory.CreateClient().GetWithHeadersAsync("/api/meetings", ("If-None-Match", "W/\"v0\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task KeyHolders_GetADifferentETag()
    {
        var open = await factory.CreateClient().GetAsync("/api/topics");
        var trusted = await factory.CreateTrustedClient().GetAsync("/api/topics");

        Assert.NotEqual(open.Headers.ETag, trusted.Headers.ETag);
        Assert.True(open.Headers.CacheControl?.Public);
        Assert.True(trusted.Headers.CacheControl?.Private);
    }

    [Fact]
    public async Task Errors_CarryNoETag()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?pageSize=0");

        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Indexing_ChangesTheETag()
    {
        using var own = new KcspApiFactory();
        var client = own.CreateClient();
        var before = await client.GetAsync("/api/meetings");

        using (var index = SearchIndex.Open(own.IndexDirectory))
            TestMinutes.Add(index, TestMinutes.All[2] with { Id = "kcsp-2018-01-01", Date = new DateOnly(2018, 1, 1), Items = [] });
        var after = await client.GetWithHeadersAsync("/api/meetings", ("If-None-Match", before.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("kcsp-2018-01-01", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Answers_AreCompressedWhenTheClientAccepts()
    {
        var response = await factory.CreateClient().GetWithHeadersAsync("/api/search?q=DHR&pageSize=50", ("Accept-Encoding", "br"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Search_SameAnswerAtADifferentSpeed_KeepsItsETagAndIsSentAsJson()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/api/search?q=DHR&pageSize=5");
        var firstBody = JsonNode.Parse(await first.Content.ReadAsStringAsync())!.AsObject();

        var second = await client.GetAsync("/api/search?q=DHR&pageSize=5");
        var secondBody = JsonNode.Parse(await second.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", first.Content.Headers.ContentType?.CharSet);
        Assert.True(firstBody["total"]!.GetValue<int>() > 0);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        firstBody.Remove("tookMs");
        secondBody.Remove("tookMs");
        Assert.True(JsonNode.DeepEquals(firstBody, secondBody));
    }
}
