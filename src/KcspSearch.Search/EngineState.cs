using System.Collections.Concurrent;
using KcspSearch.Search.Facets;
using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search;

/// <summary>Everything derived from one index version: the snapshot, the acronym expander, the planner and result caches.</summary>
internal sealed class EngineState
{
    public EngineState(IndexSnapshot snapshot, SearchOptions options)
    {
        Snapshot = snapshot;
        Expander = new AcronymExpander(options.Acronyms.Select(a => (a.Key, a.Value)).Concat(snapshot.Acronyms));
        Planner = new QueryPlanner(snapshot, Expander, options.TopicLabels);
        publicTallies = new(() => ChunkTallies.Count(snapshot, includeRestricted: false));
        allTallies = new(() => ChunkTallies.Count(snapshot, includeRestricted: true));
    }

    private readonly Lazy<ChunkTallies> publicTallies;
    private readonly Lazy<ChunkTallies> allTallies;

    public IndexSnapshot Snapshot { get; }
    public AcronymExpander Expander { get; }
    public QueryPlanner Planner { get; }
    public ConcurrentDictionary<string, SearchResponse> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>Chunk counts for listings and completions, counted once per version and access level.</summary>
    public ChunkTallies Tallies(bool includeRestricted) => includeRestricted ? allTallies.Value : publicTallies.Value;

    public const int MaxCachedFtsResults = 256;
    public const int MaxCachedBrowses = 64;

    /// <summary>Answers to a browse with no words or filters at this version, by caller kind, grouping, sort, page and month facet.</summary>
    public ConcurrentDictionary<(bool, SearchGroup, SearchSort, int, int, bool), SearchResponse> Browses { get; } = new();

    /// <summary>Rowids FTS5 matched for a phrase or title expression at this version (the same acronym expansions recur).</summary>
    public ConcurrentDictionary<string, int[]> FtsRows { get; } = new(StringComparer.Ordinal);
}
