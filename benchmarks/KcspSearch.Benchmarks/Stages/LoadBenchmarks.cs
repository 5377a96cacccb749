using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KcspSearch.Benchmarks.Corpora;
using KcspSearch.Search;
using KcspSearch.Search.Index;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>An engine's first load of a built corpus: doc values, people, items and the postings of every chunk.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LoadBenchmarks
{
    private SearchIndex? index;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "10k";

    public static IEnumerable<string> Corpora => KcspSearch.Benchmarks.Corpora.Corpus.Built();

    [GlobalSetup]
    public void Setup() => index = SearchIndex.Open(new Corpus(Corpus).EnsureBuilt().Index);

    [GlobalCleanup]
    public void Cleanup() => index?.Dispose();

    [Benchmark]
    public int FullLoad() => index!.WithReader(r =>
    {
        using (r.BeginRead()) return new SnapshotLoader(new FtsStemmer()).Load(r, r.ReadVersion()).Rows;
    });
}
