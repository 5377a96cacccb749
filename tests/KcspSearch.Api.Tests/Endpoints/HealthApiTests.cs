using System.Net;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Endpoints;

public sealed class HealthApiTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    [Fact]
    public async Task Live_IsHealthy()
    {
        var body = await (await factory.CreateClient().GetAsync("/health/live")).JsonAsync();

        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_ReportsTheIndex()
    {
        var body = await (await factory.CreateClient().GetAsync("/health/ready")).JsonAsync();

        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var index = Assert.Single(body.GetProperty("checks").EnumerateArray());
        Assert.Equal("index", index.GetProperty("name").GetString());
        Assert.Contains("3 meetings", index.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_OnAnEmptyIndex_IsDegradedButServing()
    {
        using var empty = new ConfiguredApiFactory(("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/empty-index"));

        var body = await (await empty.CreateClient().GetAsync("/health/ready")).JsonAsync();

        Assert.Equal("Degraded", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_OnACorruptIndex_Is503WithoutPaths()
    {
        using var broken = new ConfiguredApiFactory(("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/corrupt"));
        Directory.CreateDirectory(Path.Combine(broken.Root, "corrupt"));
        File.WriteAllText(Path.Combine(broken.Root, "corrupt", "kcsp.db"), "this is not a SQLite database, just some text long enough to be read as one");
        var client = broken.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var search = await client.GetAsync("/api/search?q=DHR");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.DoesNotContain("/", (await ready.Content.ReadAsStringAsync()).Replace("/health", ""));
        var problem = await search.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain(broken.Root, problem.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
