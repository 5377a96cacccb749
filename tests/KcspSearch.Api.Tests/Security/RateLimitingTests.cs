using System.Net;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Security;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task TooManyRequests_Are429ProblemsWithRetryAfter()
    {
        using var factory = new ConfiguredApiFactory(("Kcsp:RequestsPerMinute", "5"));
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/topics")).StatusCode);

        var limited = await client.GetAsync("/api/topics");

        var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("5 requests a minute", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task HealthProbes_AreNotRateLimited()
    {
        using var factory = new ConfiguredApiFactory(("Kcsp:RequestsPerMinute", "2"));
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) await client.GetAsync("/api/topics");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/topics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
