using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Security;

/// <summary>Odd, malformed and malicious parameters on every read endpoint: answered, never with a 5xx.</summary>
public sealed class HostileInputTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    private static readonly string[] Values =
    [
        "", " ", "\"", "'", "\"unclosed phrase", "a AND", "AND", "OR OR", "NOT", "-", "--", "(", ")", "((((((((", "))",
        "*", "**", "*a", "a*b", "^", "+", "NEAR(", "NEAR(a b, -1)", "title:", ":", "speaker:", "topic:", "kind:x", "{", "}", "[", "]",
        "\\", "\\\\", "%", "%%", "%00", "%FF", "%C0%AF", "\u0000", "\u0007", "\u202e", "\ufeff", "🙂", "𝔇𝔥𝔯", "ß", "İ", "ﬁ",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "; DROP TABLE chunks; --",
        "chunks_fts MATCH 'x'", "x\" OR rank MATCH \"", "NULL", "null", "undefined", "NaN", "-1", "0", "1e9",
        "99999999999999999999", "2147483648", "2022-02-30", "0001-01-01", "9999-12-31", "2022-3-4", "24/03/2022",
        "../../etc/passwd", "..%2F..%2F", "kcsp-2022-03-24/8", "kcsp-2022-03-24/../../x", new string('a', 600),
        new string('(', 300), string.Join(" OR ", Enumerable.Repeat("dhr", 200)), string.Concat(Enumerable.Repeat("\"a\" ", 150)),
    ];

    private static readonly string[] SearchParameters =
        ["q", "topic", "speaker", "kind", "committee", "from", "to", "group", "sort", "page", "pageSize"];

    [Fact]
    public async Task HostileParameters_NeverYield5xx()
    {
        var client = factory.CreateClient();
        var urls = new List<string>();
        foreach (var value in Values)
        {
            var v = Uri.EscapeDataString(value);
            urls.AddRange(SearchParameters.Select(p => $"/api/search?{p}={v}"));
            urls.AddRange(new[] { "q", "topic", "from", "sort", "page" }.Select(p => $"/api/decisions?{p}={v}"));
            urls.Add($"/api/search?q={v}&group=chunk&sort=date");
            urls.Add($"/api/suggest?prefix={v}");
            urls.Add($"/api/suggest?prefix=d&limit={v}");
            urls.Add($"/api/meetings?committee={v}&from={v}");
            // A NUL in the path never reaches the app: the server refuses the request line.
            if (value.Contains('\0')) continue;
            urls.Add($"/api/meetings/{v}");
            urls.Add($"/api/items/{v}");
            urls.Add($"/api/items/kcsp-2022-03-24/{v}");
        }

        var failures = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 120)]}");
            else if (!response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{(int)response.StatusCode} without problem details: {url[..Math.Min(url.Length, 120)]}");
        }

        Assert.True(urls.Count > 1000, $"only {urls.Count} requests");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task RepeatedAndUnknownParameters_AreHandled()
    {
        var client = factory.CreateClient();
        var many = string.Join('&', Enumerable.Range(0, 30).Select(i => $"topic=DHR"));

        var tooMany = await client.GetAsync("/api/search?" + many);
        var unknown = await client.GetAsync("/api/search?q=dhr&color=blue&__proto__=x");
        var repeatedPage = await client.GetAsync("/api/search?page=1&page=2");

        await tooMany.ValidationErrorsAsync("topic");
        Assert.True(unknown.IsSuccessStatusCode);
        Assert.InRange((int)repeatedPage.StatusCode, 200, 499);
    }
}
