using BenchmarkDotNet.Attributes;
using KcspSearch.Search.Highlighting;
using KcspSearch.Search.Matching;
using KcspSearch.Search.Ranking;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>A page of ten hits: the texts read in one statement, the query's phrases marked, snippets and citations built.</summary>
public class HighlightBenchmarks : StageBenchmark
{
    private List<List<int>> pages = [];

    [GlobalSetup(Target = nameof(PageOfTen))]
    public void SetupPages()
    {
        Setup();
        pages = Queries.Select(Context.Rank).ToList();
    }

    [Benchmark]
    public int PageOfTen()
    {
        var length = 0;
        for (var i = 0; i < Queries.Count; i++)
        {
            var plan = Queries[i].Plan;
            var page = pages[i];
            length += Context.Index.WithReader(reader =>
            {
                using (reader.BeginRead())
                {
                    var finder = plan.Strict is null ? null : new PhraseFinder(Context.Snapshot, PhraseFinder.PhrasesOf(plan.Strict));
                    var hits = new HitBuilder(reader, Context.Snapshot, finder, _ => true);
                    hits.Load(page);
                    return page.Sum(r => hits.Hit(new ScoredChunk(r, 1)).Snippet.Length);
                }
            });
        }
        return length;
    }
}
