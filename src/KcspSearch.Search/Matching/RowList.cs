using System.Buffers;

namespace KcspSearch.Search.Matching;

/// <summary>
/// Rowids in ascending order: either a posting list's own array (borrowed, never written) or an array rented from
/// the shared pool for an intermediate result, returned by <see cref="Dispose"/>. Large match sets are common, and
/// renting keeps them off the large-object heap.
/// </summary>
internal struct RowList : IDisposable
{
    private bool pooled;

    private RowList(int[] rows, int count, bool pooled)
    {
        Rows = rows;
        Count = count;
        this.pooled = pooled;
    }

    public int[] Rows { get; private set; }
    public int Count { get; private set; }

    public readonly ReadOnlySpan<int> Span => Rows.AsSpan(0, Count);

    public static RowList Empty => new([], 0, false);

    /// <summary>Borrows an array the list must not change (postings, cached phrase matches).</summary>
    public static RowList Borrow(int[] rows, int count) => new(rows, count, false);

    public static RowList Rent(int capacity) => new(ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16)), 0, true);

    /// <summary>Appends to a rented list (growing it through the pool).</summary>
    public void Add(int row)
    {
        if (Count == Rows.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(Math.Max(16, Rows.Length * 2));
            Rows.AsSpan(0, Count).CopyTo(bigger);
            if (pooled) ArrayPool<int>.Shared.Return(Rows);
            Rows = bigger;
            pooled = true;
        }
        Rows[Count++] = row;
    }

    public void Dispose()
    {
        if (pooled) ArrayPool<int>.Shared.Return(Rows);
        pooled = false;
        Rows = [];
        Count = 0;
    }
}
