using KcspSearch.Api.Tests.Support;
using KcspSearch.Tests;

namespace KcspSearch.Api.Tests.Endpoints;

/// <summary>The API over the real KCSP minutes: what a new user asks first.</summary>
public sealed class SeedMinutesTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [SharedFact]
    public async Task Search_Dhr_FindsTheDomesticHomicideReviewItemsOfBothMeetings()
    {
        var body = await (await client.GetAsync("/api/search?q=DHR")).JsonAsync();

        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("meetingId").GetString() == "kcsp-2022-03-24");
        Assert.Contains(hits, h => h.GetProperty("meetingId").GetString() == "kcsp-2019-10-08");
        Assert.All(hits, h => Assert.Contains("<mark>", h.GetProperty("snippet").GetString() + string.Concat(
            h.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("snippet").GetString()))));
        Assert.Contains(body.GetProperty("facets").GetProperty("topic").EnumerateArray(), f => f.GetProperty("value").GetString() == "DHR");
    }

    [SharedFact]
    public async Task Item_OfADhrHit_IsServedInFull()
    {
        var search = await (await client.GetAsync("/api/search?q=domestic+homicide+review&topic=DHR&from=2022-01-01")).JsonAsync();
        var itemId = search.GetProperty("hits")[0].GetProperty("itemId").GetString()!;

        var item = await (await client.GetAsync($"/api/items/{itemId}")).JsonAsync();

        Assert.Contains("Domestic Homicide", item.GetProperty("title").GetString());
        Assert.Contains(item.GetProperty("chunks").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("Peerbux"));
    }

    [SharedFact]
    public async Task Meetings_ListBothRealMeetings()
    {
        var meetings = await (await client.GetAsync("/api/meetings")).JsonAsync();

        Assert.Equal(["kcsp-2022-03-24", "kcsp-2019-10-08"], meetings.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [SharedFact]
    public async Task Speakers_KnowPeerbuxByHisFullName()
    {
        var speakers = await (await client.GetAsync("/api/speakers")).JsonAsync();

        Assert.Contains(speakers.EnumerateArray(), s =>
            s.GetProperty("personId").GetString() == "peerbux" && s.GetProperty("name").GetString() == "Shafick Peerbux");
    }

    [SharedFact]
    public async Task Decisions_AboutDhr_AreResolutions()
    {
        var body = await (await client.GetAsync("/api/decisions?topic=DHR")).JsonAsync();

        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.All(body.GetProperty("decisions").EnumerateArray(), d => Assert.Equal("resolution", d.GetProperty("kind").GetString()));
    }
}
