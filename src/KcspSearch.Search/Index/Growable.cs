namespace KcspSearch.Search.Index;

/// <summary>
/// An append-only list whose <see cref="View"/> is a fixed prefix: a snapshot keeps reading its own entries while the
/// loader appends (growing allocates a new array, so the old one stays intact for older snapshots).
/// </summary>
internal sealed class Growable<T>(int capacity = 16)
{
    private T[] items = new T[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public T this[int index]
    {
        get => items[index];
        set => items[index] = value;
    }

    public void Add(T item)
    {
        if (Count == items.Length) Array.Resize(ref items, items.Length + (items.Length >> 1));
        items[Count++] = item;
    }

    /// <summary>Drops spare capacity (a new array: views already handed out keep the old one).</summary>
    public void Trim()
    {
        if (items.Length > Math.Max(Count, 4)) Array.Resize(ref items, Math.Max(Count, 4));
    }

    /// <summary>The entries so far, sharing storage.</summary>
    public ArraySegment<T> View => new(items, 0, Count);

    /// <summary>The backing array (at least <see cref="Count"/> long), for hot loops that index it directly.</summary>
    public T[] Items => items;
}
