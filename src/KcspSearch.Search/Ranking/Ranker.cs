using KcspSearch.Search.Index;

namespace KcspSearch.Search.Ranking;

/// <summary>
/// The boosts officers expect on top of BM25 (<see cref="Bm25"/>, whose column weights already reward item-title
/// matches), and the orders hits are listed in.
/// </summary>
internal static class Ranker
{
    /// <summary>Decision questions: a matching resolution outranks the discussion that led to it.</summary>
    public const double ResolutionBoost = 3.0;
    /// <summary>The resolution of a matching item that does not itself contain the words.</summary>
    public const double ItemResolutionShare = 1.5;
    /// <summary>Every word of the query within <see cref="ProximityDistance"/> tokens of the others.</summary>
    public const double ProximityBoost = 1.3;
    public const int ProximityDistance = 12;

    /// <summary>The sort key of a chunk: relevance is score, then newest meeting; date order is newest meeting, then score; then document order.</summary>
    public static RankKey Key(IndexSnapshot s, int row, double score, SearchSort sort)
    {
        var day = s.Date(row).DayNumber;
        return sort == SearchSort.Date ? new RankKey(day, score, row) : new RankKey(score, day, row);
    }

    /// <summary>Best first by relevance (score, newest meeting, document order).</summary>
    public static Comparison<ScoredChunk> ByRelevance(IndexSnapshot s) => (a, b) =>
    {
        var ka = Key(s, a.RowId, a.Score, SearchSort.Relevance);
        var kb = Key(s, b.RowId, b.Score, SearchSort.Relevance);
        return ka.Before(kb) ? -1 : kb.Before(ka) ? 1 : 0;
    };
}
