using KcspSearch.Search.Index;

namespace KcspSearch.Search.Matching;

/// <summary>
/// FTS5's phrase match from the postings' positions: the chunks where the words stand on consecutive tokens of one
/// column (the columns are apart in the position space, see <see cref="PositionCodec"/>), or, for a title search,
/// within the item title. Walks the rarest word's postings, gallops through the others', and reads positions only
/// for the chunks holding every word.
/// </summary>
internal static class PhraseMatcher
{
    /// <param name="terms">The phrase's term ids in order (repeats allowed; -1: a word the index lacks, so no match).</param>
    public static RowList Rows(IndexSnapshot s, IReadOnlyList<int> terms, bool titleOnly)
    {
        var distinct = terms.Distinct().ToArray();
        if (distinct.Any(t => t < 0)) return RowList.Empty;
        var lists = distinct.Select(s.PostingsOf).ToArray();
        var slots = terms.Select(t => Array.IndexOf(distinct, t)).ToArray();
        // The rarest list drives; the others are checked rarest first.
        var order = Enumerable.Range(0, lists.Length).OrderBy(l => lists[l].Count).ToArray();
        var driver = lists[order[0]];
        var result = RowList.Rent(Math.Min(driver.Count, 4096));
        var cursors = lists.Select(l => new PositionCursor(l)).ToArray();
        var at = new int[lists.Length];
        var positions = lists.Select(_ => new int[16]).ToArray();
        var counts = new int[lists.Length];

        for (var i = 0; i < driver.Count; i++)
        {
            var row = driver.Docs[i];
            at[order[0]] = i;
            var inAll = true;
            for (var k = 1; k < order.Length; k++)
            {
                var l = order[k];
                var docs = lists[l].DocSpan;
                at[l] = RowSets.Seek(docs, row, at[l]);
                if (at[l] >= docs.Length) return result;
                if (docs[at[l]] != row)
                {
                    inAll = false;
                    break;
                }
            }
            if (!inAll) continue;
            for (var l = 0; l < lists.Length; l++) counts[l] = cursors[l].Read(at[l], ref positions[l]);
            if (Holds(slots, positions, counts, titleOnly ? s.TitleLength[row] : int.MaxValue)) result.Add(row);
        }
        return result;
    }

    /// <summary>Whether some position of the first word is followed by each next word at the next position, ending before <paramref name="end"/>.</summary>
    private static bool Holds(int[] slots, int[][] positions, int[] counts, int end)
    {
        var first = positions[slots[0]].AsSpan(0, counts[slots[0]]);
        foreach (var start in first)
        {
            if (start > end - slots.Length) return false;
            var all = true;
            for (var k = 1; k < slots.Length && all; k++)
                all = positions[slots[k]].AsSpan(0, counts[slots[k]]).BinarySearch(start + k) >= 0;
            if (all) return true;
        }
        return false;
    }
}
