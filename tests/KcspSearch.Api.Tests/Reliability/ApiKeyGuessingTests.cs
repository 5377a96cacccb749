using System.Net;
using System.Text.Json.Nodes;
using KcspSearch.Api.Security;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>Guessing the API key: every wrong key counts wherever it is sent, answers say nothing about how close a guess was, and the limit holds.</summary>
public sealed class ApiKeyGuessingTests : IDisposable
{
    private const int Allowed = 5;
    private readonly ConfiguredApiFactory factory = new(("Kcsp:FailedApiKeyAttemptsPerMinute", Allowed.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task WrongKeysOnAnyEndpoint_CountTogether_ThenEvenTheRightKeyIsRefused()
    {
        var client = factory.CreateClient();
        var guesses = new (HttpMethod Method, string Url, string Key)[]
        {
            (HttpMethod.Get, "/api/search?q=nightjar", KcspApiFactory.ApiKey[..^1]),
            (HttpMethod.Get, "/api/items/kcsp-2022-03-24/4", KcspApiFactory.ApiKey + "x"),
            (HttpMethod.Post, "/api/documents", "admin"),
            (HttpMethod.Get, "/api/suggest?prefix=nig", "null"),
            (HttpMethod.Get, "/api/meetings", " " + KcspApiFactory.ApiKey),
        };
        foreach (var (method, url, key) in guesses)
        {
            var response = await SendAsync(client, method, url, key);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} with '{key}': {(int)response.StatusCode}");
        }

        foreach (var url in new[] { "/api/search?q=nightjar", "/api/items/kcsp-2022-03-24/4", "/api/topics" })
        {
            var refused = await SendAsync(client, HttpMethod.Get, url, KcspApiFactory.ApiKey);
            await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }
        await (await client.GetAsync("/api/search?q=dhr")).JsonAsync();
    }

    [Fact]
    public async Task TwoKeyHeaders_OneOfThemRight_AreAWrongKey()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/items/kcsp-2022-03-24/4");
        request.Headers.TryAddWithoutValidation(ApiKeyValidator.HeaderName, ["wrong", KcspApiFactory.ApiKey]);

        var response = await factory.CreateClient().SendAsync(request);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WrongKeys_GetTheSameAnswerHoweverCloseTheGuess()
    {
        var client = factory.CreateClient();
        var answers = new HashSet<string>();
        foreach (var guess in new[] { "a", KcspApiFactory.ApiKey[..^1], KcspApiFactory.ApiKey + KcspApiFactory.ApiKey })
        {
            var body = JsonNode.Parse(await (await SendAsync(client, HttpMethod.Get, "/api/topics", guess)).Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId");
            answers.Add(body.ToJsonString());
        }

        Assert.Single(answers);
        Assert.DoesNotContain(KcspApiFactory.ApiKey, answers.Single());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string key)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation(ApiKeyValidator.HeaderName, key);
        if (method == HttpMethod.Post) request.Content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "x.txt" } };
        return client.SendAsync(request);
    }

    public void Dispose() => factory.Dispose();
}
