using System.Buffers;

namespace KcspSearch.Search.Ranking;

/// <summary>The match set of one search: rows and their scores in parallel arrays rented from the shared pool.</summary>
internal sealed class ScoredRows : IDisposable
{
    private int[] rows;
    private double[] scores;

    public ScoredRows(int capacity)
    {
        rows = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));
        scores = ArrayPool<double>.Shared.Rent(Math.Max(capacity, 16));
    }

    public int Count { get; private set; }

    public Span<int> Rows => rows.AsSpan(0, Count);
    public Span<double> Scores => scores.AsSpan(0, Count);

    public void Add(int row, double score)
    {
        if (Count == rows.Length)
        {
            Grow(ref rows);
            Grow(ref scores);
        }
        rows[Count] = row;
        scores[Count++] = score;
    }

    /// <summary>Keeps the first <paramref name="count"/> entries (after compacting in place).</summary>
    public void Truncate(int count) => Count = Math.Min(count, Count);

    private void Grow<T>(ref T[] array)
    {
        var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, Count).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(rows);
        ArrayPool<double>.Shared.Return(scores);
        rows = [];
        scores = [];
        Count = 0;
    }
}
