using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Security;

public sealed class SecurityHeadersTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/search?q=DHR")]
    [InlineData("/api/search?pageSize=0")]
    [InlineData("/api/meetings/kcsp-2099-01-01")]
    [InlineData("/no/such/page")]
    [InlineData("/swagger/index.html")]
    public async Task EveryResponse_ForbidsSniffingReferrersAndForeignFraming(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task SearchPage_RunsOnlyItsOwnScriptsAndMayBeFramedByTheIntranet()
    {
        var csp = Header(await factory.CreateClient().GetAsync("/"), "Content-Security-Policy")!;

        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains($"frame-ancestors 'self' {KcspApiFactory.IntranetOrigin}", csp);
    }

    [Fact]
    public async Task ApiAnswers_MayNotBeFramedAtAll()
    {
        var csp = Header(await factory.CreateClient().GetAsync("/api/topics"), "Content-Security-Policy")!;

        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;
}
