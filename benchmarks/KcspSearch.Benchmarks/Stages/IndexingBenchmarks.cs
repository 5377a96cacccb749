using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KcspSearch.Benchmarks.Corpora;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Search;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>
/// Indexing the 10k corpus: parsing its minutes files with the default pipeline, writing the parsed meetings into a
/// fresh index (one transaction per document, as the worker does). Each invocation handles the whole corpus (about 10,100 chunks): chunks per second = chunks / mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IndexingBenchmarks
{
    private readonly MinutesPipeline pipeline = MinutesPipeline.CreateDefault();
    private List<SourceDocument> files = [];
    private List<Meeting> meetings = [];
    private string directory = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new Corpus("10k");
        if (!Directory.Exists(corpus.Minutes)) throw new InvalidOperationException($"run benchmarks/build-corpus.sh 10k first ({corpus.Minutes} is missing).");
        files = Directory.EnumerateFiles(corpus.Minutes, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();
        meetings = files.Select(f => pipeline.ProcessAsync(f).GetAwaiter().GetResult()).ToList();
        Console.WriteLine($"// {meetings.Count} meetings, {meetings.Sum(m => m.AllChunks.Count())} chunks");
    }

    [IterationSetup(Target = nameof(WriteIndex))]
    public void FreshIndex()
    {
        directory = Path.Combine(Path.GetTempPath(), "kcsp-bench-index", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [IterationCleanup(Target = nameof(WriteIndex))]
    public void RemoveIndex()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public int ParseMinutes() => files.Sum(f => pipeline.ProcessAsync(f).GetAwaiter().GetResult().AllChunks.Count());

    [Benchmark]
    public int WriteIndex()
    {
        using var index = SearchIndex.Open(directory);
        var chunks = 0;
        foreach (var m in meetings) chunks += index.IndexMeeting(m, new SourceInfo(m.Id, m.Id)).Chunks;
        return chunks;
    }
}
