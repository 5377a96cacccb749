using System.Collections.Concurrent;
using System.Diagnostics;
using KcspSearch.Api.Tests.Support;
using Xunit.Abstractions;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// 100,000 generated hostile requests against the real app on Kestrel over loopback: not one 5xx, and every answer —
/// results, validation problems, 304s, 404s — is documented for its endpoint in /openapi/v1.json and matches the
/// documented schema. Problem details never carry a stack trace, an exception name or a server path.
/// </summary>
public sealed class QueryFuzzTests(LoopbackApiFactory factory, ITestOutputHelper output) : IClassFixture<LoopbackApiFactory>
{
    private static readonly int Requests = Environment.GetEnvironmentVariable("KCSP_LONG_TESTS") == "1" ? 1_000_000 : 100_000;
    private const int Workers = 4;

    [Fact]
    public async Task GeneratedHostileRequests_NeverFailAndAlwaysKeepTheOpenApiContract()
    {
        using var client = factory.CreateLoopbackClient();
        var contract = await OpenApiContract.LoadAsync(client);
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var failureCount = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var fuzzer = new QueryFuzzer(seed: 8000 + worker, KcspApiFactory.ApiKey);
            for (var i = worker; i < Requests; i += Workers)
            {
                var request = fuzzer.Next();
                var problems = await SendAsync(client, contract, request, statuses);
                if (problems.Count == 0) continue;
                if (Interlocked.Increment(ref failureCount) <= 30)
                    failures.Enqueue($"{request.PathAndQuery[..Math.Min(200, request.PathAndQuery.Length)]} [{string.Join(", ", request.Headers.Select(h => h.Name))}]: {string.Join("; ", problems.Take(3))}");
            }
        })));

        output.WriteLine($"{Requests:N0} requests in {clock.Elapsed.TotalSeconds:0.0} s ({Requests / clock.Elapsed.TotalSeconds:N0}/s) over loopback; statuses: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value:N0}")));
        Assert.True(failureCount == 0, $"{failureCount} responses broke the contract, e.g.\n{string.Join("\n", failures)}");
        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.True(statuses.GetValueOrDefault(200) > Requests / 4, "too few requests got past validation to test the engine");
    }

    private async Task<List<string>> SendAsync(HttpClient client, OpenApiContract contract, FuzzRequest request, ConcurrentDictionary<int, int> statuses)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.PathAndQuery);
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        var body = await response.Content.ReadAsStringAsync();
        var problems = new List<string>();
        if (status >= 500) problems.Add($"{status}: {body}");
        // The path as sent: the client resolves dot segments ("/api/items/../.." is "/").
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        problems.AddRange(contract.Check("GET", path, status, response.Content.Headers.ContentType?.MediaType, body));
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            foreach (var leak in new[] { "   at ", "Exception", factory.Root, RepositoryFiles.Root, AppContext.BaseDirectory })
                if (body.Contains(leak, StringComparison.Ordinal)) problems.Add($"the problem details give away '{leak}': {body}");
        return problems;
    }
}
