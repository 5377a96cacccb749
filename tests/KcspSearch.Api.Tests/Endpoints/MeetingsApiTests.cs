using System.Net;
using System.Text.Json;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Endpoints;

public sealed class MeetingsApiTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task List_ReturnsEveryMeetingNewestFirst()
    {
        var meetings = await (await client.GetAsync("/api/meetings")).JsonAsync();

        var ids = meetings.EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal([TestMinutes.March2022, TestMinutes.November2021, TestMinutes.October2019], ids);
        var first = meetings[0];
        Assert.Equal(TestMinutes.Committee, first.GetProperty("committee").GetString());
        Assert.Equal("2022-03-24", first.GetProperty("date").GetString());
        Assert.Equal("10:00", first.GetProperty("startTime").GetString());
        Assert.True(first.GetProperty("chunks").GetInt32() > 0);
    }

    [Fact]
    public async Task List_FiltersByDateRange()
    {
        var meetings = await (await client.GetAsync("/api/meetings?from=2021-01-01&to=2021-12-31")).JsonAsync();

        Assert.Equal([TestMinutes.November2021], meetings.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task List_CountsRestrictedItemsOnlyWithTheKey()
    {
        static int Items(JsonElement meetings) => meetings.EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == TestMinutes.March2022).GetProperty("items").GetInt32();

        var open = await (await client.GetAsync("/api/meetings")).JsonAsync();
        var trusted = await (await factory.CreateTrustedClient().GetAsync("/api/meetings")).JsonAsync();

        Assert.Equal(3, Items(open));
        Assert.Equal(4, Items(trusted));
    }

    [Fact]
    public async Task List_FromAfterTo_Is400()
    {
        await (await client.GetAsync("/api/meetings?from=2022-01-01&to=2020-01-01")).ValidationErrorsAsync("from");
    }

    [Fact]
    public async Task Get_ReturnsItemsAttendeesAndPeople()
    {
        var meeting = await (await client.GetAsync($"/api/meetings/{TestMinutes.March2022}")).JsonAsync();

        Assert.Equal(TestMinutes.March2022, meeting.GetProperty("id").GetString());
        Assert.Contains(meeting.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Shafick Peerbux");
        Assert.Contains(meeting.GetProperty("attendees").EnumerateArray(), a => a.GetProperty("personId").GetString() == "hill");
        var dhr = meeting.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemId").GetString() == TestMinutes.DhrItem);
        Assert.Equal("Domestic Homicide Review Update", dhr.GetProperty("title").GetString());
        Assert.Equal(["DHR"], dhr.GetProperty("topics").Strings());
        Assert.Single(dhr.GetProperty("resolutions").EnumerateArray());
    }

    [Fact]
    public async Task Get_ListsTheRestrictedItemOnlyWithTheKey()
    {
        var open = await (await client.GetAsync($"/api/meetings/{TestMinutes.March2022}")).JsonAsync();
        var trusted = await (await factory.CreateTrustedClient().GetAsync($"/api/meetings/{TestMinutes.March2022}")).JsonAsync();

        Assert.DoesNotContain(ItemIds(open), id => id == TestMinutes.RestrictedItem);
        Assert.Contains(ItemIds(trusted), id => id == TestMinutes.RestrictedItem);
    }

    [Fact]
    public async Task Get_UnknownMeeting_Is404Problem()
    {
        var problem = await (await client.GetAsync("/api/meetings/kcsp-2099-01-01")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("kcsp-2099-01-01", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("KCSP-2022-03-24")]
    [InlineData("kcsp_2022")]
    [InlineData("%3Cscript%3E")]
    public async Task Get_MalformedId_Is400(string id)
    {
        await (await client.GetAsync($"/api/meetings/{id}")).ValidationErrorsAsync("id");
    }

    private static IEnumerable<string> ItemIds(JsonElement meeting) =>
        meeting.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetString()!);
}
