using BenchmarkDotNet.Attributes;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>Topic, speaker, year, kind and committee counts over the whole match set, from the doc values.</summary>
public class FacetBenchmarks : StageBenchmark
{
    [Benchmark]
    public int CountFacets()
    {
        var values = 0;
        foreach (var q in Queries) values += Context.Facets(q).Topic.Count;
        return values;
    }
}
