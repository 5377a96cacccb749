using BenchmarkDotNet.Attributes;
using KcspSearch.Search.Query;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>User text → parsed query → plan (acronyms expanded, speakers and topics resolved, match tree written).</summary>
public class QueryPlanningBenchmarks : StageBenchmark
{
    [Benchmark]
    public int ParseAndPlan()
    {
        var clauses = 0;
        foreach (var q in Queries) clauses += Context.Plan(q.Query).Words.Count;
        return clauses;
    }

    [Benchmark]
    public int ParseOnly()
    {
        var clauses = 0;
        foreach (var q in Queries) clauses += new QueryParser().Parse(q.Query.Request.Q).Clauses.Count;
        return clauses;
    }
}
