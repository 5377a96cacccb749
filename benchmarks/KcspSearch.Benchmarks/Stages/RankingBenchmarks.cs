using BenchmarkDotNet.Attributes;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>BM25 for every match (from the postings) and the top ten by a bounded heap.</summary>
public class RankingBenchmarks : StageBenchmark
{
    [Benchmark]
    public int ScoreAndTopTen()
    {
        var kept = 0;
        foreach (var q in Queries) kept += Context.Rank(q).Count;
        return kept;
    }
}
