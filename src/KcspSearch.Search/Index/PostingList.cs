namespace KcspSearch.Search.Index;

/// <summary>
/// The chunks holding one term, by ascending rowid, with the term's weighted frequency in each (in
/// <see cref="IndexSchema.WeightUnit"/>s, summed over columns, at most 255). Append-only: a snapshot's
/// <see cref="Postings"/> view keeps reading its own prefix while newer chunks are appended.
/// </summary>
internal sealed class PostingList
{
    private int[] docs = [];
    private byte[] frequencies = [];
    private int count;

    public int Count => count;

    public void Add(int rowid, int frequency)
    {
        if (count == docs.Length)
        {
            // A new array rather than a resize in place: older snapshots keep reading the old one.
            var capacity = Math.Max(4, count + (count >> 1));
            Array.Resize(ref docs, capacity);
            Array.Resize(ref frequencies, capacity);
        }
        docs[count] = rowid;
        frequencies[count] = (byte)Math.Min(frequency, byte.MaxValue);
        count++;
    }

    /// <summary>Drops spare capacity after a bulk load.</summary>
    public void Trim()
    {
        if (docs.Length == count) return;
        Array.Resize(ref docs, count);
        Array.Resize(ref frequencies, count);
    }

    public Postings View => new(docs, frequencies, count);
}

/// <summary>A fixed prefix of a <see cref="PostingList"/>: what one index snapshot sees.</summary>
internal readonly record struct Postings(int[] Docs, byte[] Frequencies, int Count)
{
    public static readonly Postings Empty = new([], [], 0);

    public ReadOnlySpan<int> DocSpan => Docs.AsSpan(0, Count);
}
