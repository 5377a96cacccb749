using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Endpoints;

public sealed class DecisionsApiTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Decisions_ListOnlyResolutions()
    {
        var body = await (await client.GetAsync("/api/decisions?pageSize=100")).JsonAsync();

        var decisions = body.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal(4, body.GetProperty("total").GetInt32()); // five resolutions, one of them restricted
        Assert.All(decisions, d => Assert.Equal("resolution", d.GetProperty("kind").GetString()));
        Assert.All(decisions, d => Assert.StartsWith("RESOLVED", d.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Decisions_FilterByTopicAndText()
    {
        var body = await (await client.GetAsync("/api/decisions?q=noted&topic=PREVENT")).JsonAsync();

        var decision = Assert.Single(body.GetProperty("decisions").EnumerateArray());
        Assert.Equal("kcsp-2022-03-24/3/R", decision.GetProperty("chunkId").GetString());
    }

    [Fact]
    public async Task Decisions_FilterByDate()
    {
        var body = await (await client.GetAsync("/api/decisions?to=2020-01-01")).JsonAsync();

        var decision = Assert.Single(body.GetProperty("decisions").EnumerateArray());
        Assert.Equal(TestMinutes.October2019, decision.GetProperty("meetingId").GetString());
    }

    [Fact]
    public async Task Decisions_IncludeTheRestrictedResolutionOnlyWithTheKey()
    {
        var open = await (await client.GetAsync($"/api/decisions?q={TestMinutes.RestrictedWord}")).JsonAsync();
        var trusted = await (await factory.CreateTrustedClient().GetAsync($"/api/decisions?q={TestMinutes.RestrictedWord}")).JsonAsync();

        Assert.Equal(0, open.GetProperty("total").GetInt32());
        Assert.Equal(1, trusted.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("from=2022-02-30", "from")]
    [InlineData("topic=unknown", "topic")]
    [InlineData("sort=random", "sort")]
    public async Task Decisions_InvalidParameter_Is400(string query, string parameter)
    {
        await (await client.GetAsync("/api/decisions?" + query)).ValidationErrorsAsync(parameter);
    }
}
