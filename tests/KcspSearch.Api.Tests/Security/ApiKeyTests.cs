extern alias kcsp;
using System.Net;
using kcsp::KcspSearch.Indexer;
using KcspSearch.Api.Security;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Security;

public sealed class ApiKeyTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    [Fact]
    public async Task Read_WithWrongKey_Is401RatherThanSilentlyPublic()
    {
        var response = await factory.CreateClient().GetWithHeadersAsync("/api/topics", (ApiKeyValidator.HeaderName, "not-the-key"));

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain(KcspApiFactory.ApiKey, problem.ToString());
    }

    [Fact]
    public async Task Read_WithRightKey_Is200()
    {
        await (await factory.CreateTrustedClient().GetAsync("/api/topics")).JsonAsync();
    }

    [Fact]
    public async Task Read_WithKeyDifferingOnlyInCase_Is401()
    {
        var response = await factory.CreateClient().GetWithHeadersAsync("/api/topics",
            (ApiKeyValidator.HeaderName, KcspApiFactory.ApiKey.ToUpperInvariant()));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RepeatedWrongKeys_Are429EvenForTheRightKeyAfterwards()
    {
        using var limited = new ConfiguredApiFactory(("Kcsp:FailedApiKeyAttemptsPerMinute", "3"));
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            await (await client.GetWithHeadersAsync("/api/topics", (ApiKeyValidator.HeaderName, $"guess-{i}"))).ProblemAsync(HttpStatusCode.Unauthorized);

        var blocked = await client.GetWithHeadersAsync("/api/topics", (ApiKeyValidator.HeaderName, "guess-4"));
        var right = await client.GetWithHeadersAsync("/api/topics", (ApiKeyValidator.HeaderName, KcspApiFactory.ApiKey));

        await blocked.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(blocked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        await right.ProblemAsync(HttpStatusCode.TooManyRequests);
        await (await client.GetAsync("/api/topics")).JsonAsync(); // without a key the API still answers
    }

    [Fact]
    public void Validator_AcceptsOnlyTheExactKey()
    {
        var options = new KcspOptions { ApiKey = "s3cret" };
        var validator = new ApiKeyValidator(new StaticOptionsMonitor(options));

        Assert.True(validator.IsValid("s3cret"));
        Assert.False(validator.IsValid("s3cret "));
        Assert.False(validator.IsValid("s3cre"));
        Assert.False(validator.IsValid(""));
        Assert.False(validator.IsValid(null));
    }

    [Fact]
    public void Validator_WithoutConfiguredKey_AcceptsNothing()
    {
        var validator = new ApiKeyValidator(new StaticOptionsMonitor(new KcspOptions { ApiKey = "" }));

        Assert.False(validator.Enabled);
        Assert.False(validator.IsValid(""));
        Assert.False(validator.IsValid("anything"));
    }
}
