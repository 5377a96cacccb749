using System.Net;
using System.Text.Json;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Endpoints;

/// <summary>Speakers, topics and suggestions: the lists the page and widget build their filters from.</summary>
public sealed class ListingsApiTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Speakers_ListsEachIdentityOnceWithItsRole()
    {
        var speakers = await (await client.GetAsync("/api/speakers")).JsonAsync();

        var peerbux = speakers.EnumerateArray().Single(s => s.GetProperty("personId").GetString() == "peerbux");
        Assert.Equal("Shafick Peerbux", peerbux.GetProperty("name").GetString());
        Assert.Equal("Head of Community Safety", peerbux.GetProperty("role").GetString());
        Assert.Equal("KCC", peerbux.GetProperty("organisation").GetString());
        Assert.True(peerbux.GetProperty("chunks").GetInt32() > 0);
    }

    [Fact]
    public async Task Speakers_CountRestrictedChunksOnlyWithTheKey()
    {
        var open = await (await client.GetAsync("/api/speakers")).JsonAsync();
        var trusted = await (await factory.CreateTrustedClient().GetAsync("/api/speakers")).JsonAsync();

        Assert.True(Count(trusted, "personId", "peerbux", "chunks") > Count(open, "personId", "peerbux", "chunks"));
    }

    [Fact]
    public async Task Topics_ListTheTaxonomyIdsWithLabels()
    {
        var topics = await (await client.GetAsync("/api/topics")).JsonAsync();

        var dhr = topics.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "DHR");
        Assert.Equal("Domestic Homicide Review", dhr.GetProperty("label").GetString());
        Assert.True(dhr.GetProperty("count").GetInt32() > 0);
    }

    [Fact]
    public async Task Topics_CountRestrictedChunksOnlyWithTheKey()
    {
        var open = await (await client.GetAsync("/api/topics")).JsonAsync();
        var trusted = await (await factory.CreateTrustedClient().GetAsync("/api/topics")).JsonAsync();

        Assert.True(Count(trusted, "id", "DHR", "count") > Count(open, "id", "DHR", "count"));
    }

    [Fact]
    public async Task Suggest_CompletesTitlesAndWords()
    {
        var suggestions = await (await client.GetAsync("/api/suggest?prefix=homic")).JsonAsync();

        Assert.NotEmpty(suggestions.EnumerateArray());
        Assert.All(suggestions.EnumerateArray(), s =>
        {
            Assert.False(string.IsNullOrEmpty(s.GetProperty("text").GetString()));
            Assert.Contains(s.GetProperty("kind").GetString(), new[] { "title", "speaker", "topic", "term" });
        });
    }

    [Fact]
    public async Task Suggest_RespectsTheLimit()
    {
        var suggestions = await (await client.GetAsync("/api/suggest?prefix=d&limit=2")).JsonAsync();

        Assert.InRange(suggestions.GetArrayLength(), 1, 2);
    }

    [Fact]
    public async Task Suggest_NeverOffersRestrictedWordsWithoutTheKey()
    {
        var open = await (await client.GetAsync("/api/suggest?prefix=nightj")).JsonAsync();
        var trusted = await (await factory.CreateTrustedClient().GetAsync("/api/suggest?prefix=nightj")).JsonAsync();

        Assert.Empty(open.EnumerateArray());
        Assert.NotEmpty(trusted.EnumerateArray());
    }

    [Theory]
    [InlineData("/api/suggest", "prefix")]
    [InlineData("/api/suggest?prefix=", "prefix")]
    [InlineData("/api/suggest?prefix=%20%20", "prefix")]
    [InlineData("/api/suggest?prefix=dom&limit=0", "limit")]
    [InlineData("/api/suggest?prefix=dom&limit=26", "limit")]
    public async Task Suggest_InvalidParameter_Is400(string url, string parameter)
    {
        await (await client.GetAsync(url)).ValidationErrorsAsync(parameter);
    }

    private static int Count(JsonElement list, string key, string value, string count) =>
        list.EnumerateArray().Where(e => e.GetProperty(key).GetString() == value).Sum(e => e.GetProperty(count).GetInt32());
}
