using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Pages;

public sealed class SearchPageTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    [Fact]
    public async Task Root_ServesTheSearchPageWithTheWidget()
    {
        var response = await factory.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<kcsp-search", html);
        Assert.Contains("src=\"/widget/kcsp-search.js\"", html);
        Assert.DoesNotContain("<script>", html); // no inline script: the CSP would block it
    }

    [Fact]
    public async Task Widget_IsServedAsJavaScript()
    {
        var response = await factory.CreateClient().GetAsync("/widget/kcsp-search.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("customElements.define(\"kcsp-search\"", script);
        Assert.Contains("/api/search", script);
        Assert.DoesNotContain("innerHTML", script);
    }
}
