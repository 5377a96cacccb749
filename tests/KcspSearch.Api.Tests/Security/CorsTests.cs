using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Security;

public sealed class CorsTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    [Fact]
    public async Task Preflight_FromAllowedOrigin_IsAllowedWithTheKeyHeader()
    {
        var response = await factory.CreateClient().SendAsync(Preflight(KcspApiFactory.IntranetOrigin));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(KcspApiFactory.IntranetOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("x-api-key", Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant());
    }

    [Fact]
    public async Task Preflight_FromOtherOrigin_IsNotAllowed()
    {
        var response = await factory.CreateClient().SendAsync(Preflight("https://evil.example"));

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Get_FromAllowedOrigin_ExposesTheETag()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/topics");
        request.Headers.Add("Origin", KcspApiFactory.IntranetOrigin);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(KcspApiFactory.IntranetOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task Get_FromOtherOrigin_CarriesNoCorsGrant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/topics");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/search?q=DHR");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
