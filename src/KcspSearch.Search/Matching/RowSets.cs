namespace KcspSearch.Search.Matching;

/// <summary>AND, OR and NOT over ascending rowid lists; the inputs are left to their owners.</summary>
internal static class RowSets
{
    /// <summary>Rows in both; walks the shorter list and gallops through the longer.</summary>
    public static RowList Intersect(in RowList a, in RowList b)
    {
        var small = a.Count <= b.Count ? a.Span : b.Span;
        var large = a.Count <= b.Count ? b.Span : a.Span;
        var result = RowList.Rent(small.Length);
        var j = 0;
        foreach (var row in small)
        {
            j = Seek(large, row, j);
            if (j >= large.Length) break;
            if (large[j] == row) result.Add(row);
        }
        return result;
    }

    /// <summary>Rows in any of the lists (merged, without duplicates).</summary>
    public static RowList Union(IReadOnlyList<RowList> lists)
    {
        if (lists.Count == 1) return Copy(lists[0]);
        var result = RowList.Rent(lists.Max(l => l.Count) * 2);
        var positions = new int[lists.Count];
        var last = -1;
        // Few lists (an acronym and its expansion): a linear scan for the smallest head beats a heap.
        while (true)
        {
            var best = -1;
            var bestRow = int.MaxValue;
            for (var i = 0; i < lists.Count; i++)
                if (positions[i] < lists[i].Count && lists[i].Rows[positions[i]] < bestRow)
                {
                    best = i;
                    bestRow = lists[i].Rows[positions[i]];
                }
            if (best < 0) break;
            positions[best]++;
            if (bestRow != last) result.Add(bestRow);
            last = bestRow;
        }
        return result;
    }

    /// <summary>Rows of <paramref name="a"/> not in <paramref name="b"/>.</summary>
    public static RowList Except(in RowList a, in RowList b)
    {
        var result = RowList.Rent(a.Count);
        var other = b.Span;
        var j = 0;
        foreach (var row in a.Span)
        {
            j = Seek(other, row, j);
            if (j >= other.Length || other[j] != row) result.Add(row);
        }
        return result;
    }

    public static RowList Copy(in RowList a)
    {
        var result = RowList.Rent(a.Count);
        foreach (var row in a.Span) result.Add(row);
        return result;
    }

    /// <summary>The first position at or after <paramref name="from"/> holding a row of at least <paramref name="row"/>.</summary>
    public static int Seek(ReadOnlySpan<int> rows, int row, int from)
    {
        if (from >= rows.Length || rows[from] >= row) return from;
        var low = from;
        var step = 1;
        var high = from + 1;
        while (high < rows.Length && rows[high] < row)
        {
            low = high;
            step <<= 1;
            high = low + step;
        }
        if (high > rows.Length) high = rows.Length;
        var i = rows[(low + 1)..high].BinarySearch(row);
        return low + 1 + (i >= 0 ? i : ~i);
    }
}
