using System.Buffers;

namespace KcspSearch.Search.Ranking;

/// <summary>
/// Values taken best key first (a binary heap with the best key on top), in arrays rented from the shared pool: it
/// can hold every matching item of a large match set, which as a fresh array each query would land on the
/// large-object heap.
/// </summary>
internal sealed class RankQueue(int capacity) : IDisposable
{
    private RankKey[] keys = ArrayPool<RankKey>.Shared.Rent(Math.Max(capacity, 16));
    private int[] values = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    /// <summary>Adds a value; at most the capacity given.</summary>
    public void Enqueue(int value, in RankKey key)
    {
        keys[Count] = key;
        values[Count] = value;
        Up(Count++);
    }

    public bool TryPeek(out int value, out RankKey key)
    {
        value = Count > 0 ? values[0] : 0;
        key = Count > 0 ? keys[0] : default;
        return Count > 0;
    }

    public int Dequeue()
    {
        var value = values[0];
        Count--;
        keys[0] = keys[Count];
        values[0] = values[Count];
        Down(0);
        return value;
    }

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!keys[i].Before(keys[parent])) break;
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var best = i;
            var left = 2 * i + 1;
            if (left < Count && keys[left].Before(keys[best])) best = left;
            if (left + 1 < Count && keys[left + 1].Before(keys[best])) best = left + 1;
            if (best == i) return;
            Swap(i, best);
            i = best;
        }
    }

    private void Swap(int a, int b)
    {
        (keys[a], keys[b]) = (keys[b], keys[a]);
        (values[a], values[b]) = (values[b], values[a]);
    }

    public void Dispose()
    {
        ArrayPool<RankKey>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(values);
        keys = [];
        values = [];
        Count = 0;
    }
}
