using System.Net;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Endpoints;

public sealed class ItemsApiTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Get_ReturnsTheItemWithEveryChunkInOrder()
    {
        var item = await (await client.GetAsync($"/api/items/{TestMinutes.DhrItem}")).JsonAsync();

        Assert.Equal(TestMinutes.DhrItem, item.GetProperty("itemId").GetString());
        Assert.Equal(TestMinutes.March2022, item.GetProperty("meetingId").GetString());
        Assert.Equal(2, item.GetProperty("ordinal").GetInt32());
        Assert.Equal("Domestic Homicide Review Update", item.GetProperty("title").GetString());
        Assert.False(item.GetProperty("restricted").GetBoolean());
        var chunks = item.GetProperty("chunks").EnumerateArray().ToList();
        Assert.Equal(["1", "2", "R"], chunks.Select(c => c.GetProperty("paragraph").GetString()));
        Assert.All(chunks, c => Assert.StartsWith(TestMinutes.DhrItem + "/", c.GetProperty("id").GetString()));
        Assert.All(chunks, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("citation").GetString())));
    }

    [Fact]
    public async Task Get_AcceptsTheSlashEncoded()
    {
        var item = await (await client.GetAsync("/api/items/" + Uri.EscapeDataString(TestMinutes.DhrItem))).JsonAsync();

        Assert.Equal(TestMinutes.DhrItem, item.GetProperty("itemId").GetString());
    }

    [Fact]
    public async Task Get_RestrictedItem_Is404WithoutTheKey()
    {
        await (await client.GetAsync($"/api/items/{TestMinutes.RestrictedItem}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_RestrictedItem_IsServedWithTheKey()
    {
        var item = await (await factory.CreateTrustedClient().GetAsync($"/api/items/{TestMinutes.RestrictedItem}")).JsonAsync();

        Assert.True(item.GetProperty("restricted").GetBoolean());
        Assert.Contains("Nightjar", item.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_UnknownItem_Is404Problem()
    {
        await (await client.GetAsync($"/api/items/{TestMinutes.March2022}/99")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("kcsp-2022-03-24")]
    [InlineData("kcsp-2022-03-24/eight")]
    [InlineData("kcsp-2022-03-24/8/2")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task Get_MalformedId_Is400(string id)
    {
        await (await client.GetAsync($"/api/items/{id}")).ValidationErrorsAsync("id");
    }
}
