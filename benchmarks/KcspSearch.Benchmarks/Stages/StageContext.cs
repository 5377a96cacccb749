using KcspSearch.Benchmarks.Corpora;
using KcspSearch.Minutes;
using KcspSearch.Search;
using KcspSearch.Search.Facets;
using KcspSearch.Search.Index;
using KcspSearch.Search.Matching;
using KcspSearch.Search.Query;
using KcspSearch.Search.Ranking;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>
/// A corpus opened for the stage benchmarks: the engine (response cache off), a snapshot with its planner, and for
/// each query of the mix its plan and filtered matches, so each stage can be timed alone.
/// </summary>
internal sealed class StageContext : IDisposable
{
    public StageContext(string size)
    {
        Corpus = new Corpus(size).EnsureBuilt();
        Index = SearchIndex.Open(Corpus.Index);
        var configured = SearchOptions.FromConfig(new MinutesOptions());
        Options = new SearchOptions { Acronyms = configured.Acronyms, TopicLabels = configured.TopicLabels, ResultCacheSize = 0 };
        Engine = new SearchEngine(Index, Options);
        State = new EngineState(Index.WithReader(r =>
        {
            using (r.BeginRead()) return new SnapshotLoader(new FtsStemmer()).Load(r, r.ReadVersion());
        }), Options);
        Queries = QueryMix.All.Select(q => new PreparedQuery(q, Plan(q))).ToList();
        foreach (var q in Queries) q.Rows = Match(q.Plan);
    }

    public Corpus Corpus { get; }
    public SearchIndex Index { get; }
    public SearchOptions Options { get; }
    public SearchEngine Engine { get; }
    public EngineState State { get; }
    public IndexSnapshot Snapshot => State.Snapshot;
    public IReadOnlyList<PreparedQuery> Queries { get; }

    public IReadOnlyList<PreparedQuery> OfKind(string kind) => Queries.Where(q => q.Query.Kind == kind).ToList();

    public QueryPlan Plan(BenchmarkQuery query) =>
        State.Planner.Plan(new QueryParser().Parse(query.Request.Q), Normalised(query.Request), includeRestricted: false);

    /// <summary>The plan's matches after the filter (browse: every row the filter allows).</summary>
    public int[] Match(QueryPlan plan) => Index.WithReader(reader =>
    {
        using (reader.BeginRead())
        {
            if (plan.Strict is null) return Enumerable.Range(0, Snapshot.Capacity).Where(r => plan.Filter.Matches(Snapshot, r)).ToArray();
            using var matcher = new Matcher(Snapshot, e => [.. reader.Match(e)]);
            var rows = matcher.Evaluate(plan.Strict);
            var kept = new List<int>(rows.Count);
            foreach (var r in rows.Span)
                if (plan.Filter.Matches(Snapshot, r)) kept.Add(r);
            return kept.ToArray();
        }
    });

    /// <summary>Scores and ranks one query's matches, returning the top ten rows.</summary>
    public List<int> Rank(PreparedQuery query) => Index.WithReader(reader =>
    {
        using (reader.BeginRead())
        {
            var scores = new double[query.Rows.Length];
            if (query.Plan.Strict is not null)
            {
                using var matcher = new Matcher(Snapshot, e => [.. reader.Match(e)]);
                matcher.Evaluate(query.Plan.Strict).Dispose();
                Bm25.Score(Snapshot, matcher.Leaves, query.Rows, scores, includeRestricted: false);
            }
            var top = new TopK(10);
            for (var i = 0; i < query.Rows.Length; i++) top.Offer(Ranker.Key(Snapshot, query.Rows[i], scores[i], SearchSort.Relevance), query.Rows[i]);
            return top.Sorted();
        }
    });

    public SearchFacets Facets(PreparedQuery query) => FacetCounter.Count(Snapshot, query.Rows, false, Options.TopicLabels);

    private static SearchRequest Normalised(SearchRequest r) => r with
    {
        Topics = r.Topics ?? [],
        Speakers = r.Speakers ?? [],
        Kinds = r.Kinds ?? [],
        Committees = r.Committees ?? [],
    };

    public void Dispose() => Index.Dispose();
}

/// <summary>A query of the mix with its plan and matches on one corpus.</summary>
internal sealed class PreparedQuery(BenchmarkQuery query, QueryPlan plan)
{
    public BenchmarkQuery Query { get; } = query;
    public QueryPlan Plan { get; } = plan;
    public int[] Rows { get; set; } = [];
}
