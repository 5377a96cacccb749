namespace KcspSearch.Search.Ranking;

/// <summary>
/// Keeps the best <c>k</c> of a stream of keys (a heap with the worst kept entry on top), so a large match set is
/// ranked in one pass: most candidates are turned away by a single comparison with the current worst.
/// </summary>
internal sealed class TopK(int k)
{
    private readonly RankKey[] keys = new RankKey[Math.Max(k, 0)];
    private readonly int[] values = new int[Math.Max(k, 0)];
    private int count;

    public int Count => count;

    /// <summary>The worst key kept (the k-th best once full).</summary>
    public RankKey Worst => keys[0];

    public void Offer(in RankKey key, int value)
    {
        if (keys.Length == 0) return;
        if (count < keys.Length)
        {
            keys[count] = key;
            values[count] = value;
            Up(count++);
        }
        else if (key.Before(keys[0]))
        {
            keys[0] = key;
            values[0] = value;
            Down(0);
        }
    }

    /// <summary>The kept values, best first.</summary>
    public List<int> Sorted()
    {
        var order = Enumerable.Range(0, count).ToArray();
        Array.Sort(order, (a, b) => keys[a].Before(keys[b]) ? -1 : keys[b].Before(keys[a]) ? 1 : 0);
        return order.Select(i => values[i]).ToList();
    }

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!keys[parent].Before(keys[i])) break;
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            if (left < count && keys[worst].Before(keys[left])) worst = left;
            if (left + 1 < count && keys[worst].Before(keys[left + 1])) worst = left + 1;
            if (worst == i) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (keys[a], keys[b]) = (keys[b], keys[a]);
        (values[a], values[b]) = (values[b], values[a]);
    }
}
