using KcspSearch.Search.Index;

namespace KcspSearch.Search.Ranking;

/// <summary>
/// Applies the boosts officers expect on top of FTS5's weighted bm25, and orders hits. The bm25 column weights
/// (<see cref="IndexSchema.Columns"/>) already reward item-title matches.
/// </summary>
internal static class Ranker
{
    /// <summary>Decision questions: a matching resolution outranks the discussion that led to it.</summary>
    public const double ResolutionBoost = 3.0;
    /// <summary>The resolution of a matching item that does not itself contain the words.</summary>
    public const double ItemResolutionShare = 1.5;
    public const double ProximityBoost = 1.3;

    /// <summary>Best first; equal scores newest meeting first, then document order.</summary>
    public static Comparison<ScoredChunk> ByRelevance(IndexSnapshot s) => (a, b) =>
    {
        var c = b.Score.CompareTo(a.Score);
        if (c != 0) return c;
        c = s.Date(b.RowId).CompareTo(s.Date(a.RowId));
        return c != 0 ? c : a.RowId.CompareTo(b.RowId);
    };

    /// <summary>Newest meeting first; within a meeting best first, then document order.</summary>
    public static Comparison<ScoredChunk> ByDate(IndexSnapshot s) => (a, b) =>
    {
        var c = s.Date(b.RowId).CompareTo(s.Date(a.RowId));
        if (c != 0) return c;
        c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : a.RowId.CompareTo(b.RowId);
    };

    /// <summary>The first <paramref name="count"/> in order, without sorting the rest (partial selection through a heap).</summary>
    public static List<T> Top<T>(IReadOnlyList<T> items, int count, Comparison<T> order)
    {
        if (count <= 0) return [];
        if (items.Count <= count * 4)
        {
            var all = items.ToList();
            all.Sort(order);
            return all.Count > count ? all[..count] : all;
        }
        // Max-heap on "worst first" keeps the best `count` seen so far.
        var heap = new PriorityQueue<T, T>(count + 1, Comparer<T>.Create((a, b) => order(b, a)));
        foreach (var item in items)
        {
            heap.Enqueue(item, item);
            if (heap.Count > count) heap.Dequeue();
        }
        var result = new List<T>(heap.Count);
        while (heap.Count > 0) result.Add(heap.Dequeue());
        result.Reverse();
        return result;
    }
}
