using BenchmarkDotNet.Attributes;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>The hot path end to end: parse, plan, match, rank, facets, group by item, highlight the top ten (response cache off).</summary>
public class SearchBenchmarks : StageBenchmark
{
    [Benchmark]
    public int Search()
    {
        var total = 0;
        foreach (var q in Queries) total += Context.Engine.Search(q.Query.Request).Total;
        return total;
    }
}
