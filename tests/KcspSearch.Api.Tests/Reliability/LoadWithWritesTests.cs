extern alias kcsp;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using kcsp::KcspSearch.Indexer.Generation;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Search;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// HTTP load on loopback while the in-process worker indexes a generated corpus dropped into its inbox: bounded in
/// time and requests, and not one query fails. Latencies go to the test output (figures in benchmarks/RESULTS.md).
/// CI: 8 clients for 10 s over 150 new files; <c>KCSP_LONG_TESTS=1</c>: 16 clients for 60 s over 1,000 files.
/// </summary>
public sealed class LoadWithWritesTests(ITestOutputHelper output) : IDisposable
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("KCSP_LONG_TESTS") == "1";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(Long ? 60 : 10);
    private static readonly int Clients = Long ? 16 : 8;
    private static readonly int Files = Long ? 1000 : 150;
    private const int MaxRequests = 200_000;

    /// <summary>What officers and the widget ask: words, phrases, questions, filters, grouping, paging, completions, listings.</summary>
    private static readonly string[] Mix =
    [
        "/api/search?q=DHR", "/api/search?q=what%20did%20we%20resolve%20about%20DHR%20funding", "/api/search?q=domestic%20abuse&group=chunk",
        "/api/search?q=%22violence%20reduction%22", "/api/search?q=prevent&sort=date", "/api/search?q=knife%20crime&topic=VRU",
        "/api/search?q=anti-social%20behaviour&from=2015-01-01&to=2020-12-31", "/api/search?q=funding&page=2", "/api/search?q=homocide",
        "/api/search?q=who%20said%20county%20lines", "/api/search?q=", "/api/decisions?q=budget", "/api/decisions",
        "/api/suggest?prefix=dom", "/api/suggest?prefix=vi", "/api/meetings", "/api/topics", "/api/speakers",
    ];

    private readonly LoopbackApiFactory factory = new(new Dictionary<string, string?>
    {
        ["Kcsp:RunIndexer"] = "true",
        ["Kcsp:SettleTime"] = "00:00:00",
        ["Kcsp:RescanInterval"] = "00:00:00.200",
    });

    [Fact]
    public async Task QueriesUnderLoad_WhileTheWorkerIndexes_NeverFail()
    {
        await factory.InitializeAsync();
        var index = factory.Services.GetRequiredService<SearchIndex>();
        var corpus = Path.Combine(factory.Root, "corpus");
        new CorpusGenerator(seed: 21).Generate(Files, corpus);

        using var client = factory.CreateLoopbackClient();
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentQueue<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        var load = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; clock.Elapsed < Duration && Interlocked.Increment(ref sent) <= MaxRequests; i++)
            {
                var url = Mix[i % Mix.Length];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url);
                    var body = await response.Content.ReadAsStringAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK) failures.Enqueue($"{url}: {(int)response.StatusCode} {body}");
                    else JsonDocument.Parse(body).Dispose();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
                {
                    failures.Enqueue($"{url}: {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToList();

        // Writes start once the readers are busy: the whole corpus lands in the inbox at once, as a bulk copy would.
        await Task.Delay(500);
        var inbox = Path.Combine(factory.Root, "inbox");
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories))
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        await Task.WhenAll(load);
        var elapsed = clock.Elapsed;
        var indexedDuringLoad = Count(Path.Combine(factory.Root, "processed"));

        var sorted = latencies.Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        output.WriteLine($"{sorted.Count:N0} requests by {Clients} clients in {elapsed.TotalSeconds:0.0} s ({sorted.Count / elapsed.TotalSeconds:N0}/s), " +
                         $"{failures.Count} failed; {indexedDuringLoad} of {Files} files indexed meanwhile");
        output.WriteLine($"latency ms: p50 {Percentile(0.50):0.0}, p90 {Percentile(0.90):0.0}, p99 {Percentile(0.99):0.0}, max {sorted[^1]:0.0}");

        Assert.True(failures.IsEmpty, $"{failures.Count} queries failed, e.g.\n{string.Join("\n", failures.Take(10))}");
        Assert.True(indexedDuringLoad > 0, "the worker indexed nothing while the load ran");
        Assert.True(sorted.Count >= Clients * 10, $"only {sorted.Count} requests were made");
        var processed = Path.Combine(factory.Root, "processed");
        var deadline = DateTime.UtcNow.AddMinutes(Long ? 10 : 3);
        while (Count(processed) + Count(Path.Combine(factory.Root, "failed")) < Files && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(Files, Count(processed));
        Assert.True(index.Verify().Ok, string.Join("; ", index.Verify().Problems));
    }

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;

    public void Dispose() => factory.Dispose();
}
