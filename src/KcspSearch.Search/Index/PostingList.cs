namespace KcspSearch.Search.Index;

/// <summary>
/// The chunks holding one term, by ascending rowid, with the term's weighted frequency in each (in
/// <see cref="IndexSchema.WeightUnit"/>s, summed over columns, at most 255) and its token positions there
/// (<see cref="PositionCodec"/>). Append-only: a snapshot's <see cref="Postings"/> view keeps reading its own prefix
/// while newer chunks are appended.
/// </summary>
internal sealed class PostingList
{
    private int[] docs = [];
    private byte[] frequencies = [];
    private byte[] positions = [];
    private int[] skips = [];
    private int count;
    private int positionBytes;

    public int Count => count;

    /// <param name="at">The term's positions in the chunk, ascending (see <see cref="PositionCodec"/>).</param>
    public void Add(int rowid, int frequency, ReadOnlySpan<int> at)
    {
        if (count == docs.Length)
        {
            // A new array rather than a resize in place: older snapshots keep reading the old one.
            var capacity = Math.Max(4, count + (count >> 1));
            Array.Resize(ref docs, capacity);
            Array.Resize(ref frequencies, capacity);
        }
        if (count % PositionCodec.SkipInterval == 0)
        {
            var skip = count / PositionCodec.SkipInterval;
            if (skip == skips.Length) Array.Resize(ref skips, Math.Max(4, skip + (skip >> 1)));
            skips[skip] = positionBytes;
        }
        var needed = positionBytes + at.Length * PositionCodec.MaxBytes;
        if (needed > positions.Length) Array.Resize(ref positions, Math.Max(needed, Math.Max(16, positions.Length + (positions.Length >> 1))));
        positionBytes = PositionCodec.Write(positions, positionBytes, at);
        docs[count] = rowid;
        frequencies[count] = (byte)Math.Min(frequency, byte.MaxValue);
        count++;
    }

    /// <summary>Drops spare capacity after a bulk load; returns the bytes of the arrays it let go.</summary>
    public long Trim()
    {
        long released = 0;
        if (docs.Length != count)
        {
            released += docs.Length * (sizeof(int) + sizeof(byte));
            Array.Resize(ref docs, count);
            Array.Resize(ref frequencies, count);
        }
        if (positions.Length != positionBytes)
        {
            released += positions.Length;
            Array.Resize(ref positions, positionBytes);
        }
        var skipCount = (count + PositionCodec.SkipInterval - 1) / PositionCodec.SkipInterval;
        if (skips.Length != skipCount)
        {
            released += skips.Length * sizeof(int);
            Array.Resize(ref skips, skipCount);
        }
        return released;
    }

    public Postings View => new(docs, frequencies, count, positions, skips);
}

/// <summary>A fixed prefix of a <see cref="PostingList"/>: what one index snapshot sees.</summary>
internal readonly record struct Postings(int[] Docs, byte[] Frequencies, int Count, byte[] Positions, int[] Skips)
{
    public static readonly Postings Empty = new([], [], 0, [], []);

    public ReadOnlySpan<int> DocSpan => Docs.AsSpan(0, Count);
}
