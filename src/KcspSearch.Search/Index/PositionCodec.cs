namespace KcspSearch.Search.Index;

/// <summary>
/// Token positions in the postings. A chunk's columns are laid end to end in one position space, the item title
/// first (so a position below the chunk's <see cref="IndexSnapshot.TitleLength"/> is in the title), then text,
/// lead-in and speakers, each after a gap of <see cref="ColumnGap"/> positions: a phrase cannot run from one column
/// into the next, as in FTS5. A posting's positions are stored as varints of the delta from the previous one,
/// shifted left by one with the low bit set on its last, so each posting's block ends itself; every
/// <see cref="SkipInterval"/>-th posting's block start is kept so a reader can jump near any posting.
/// </summary>
internal static class PositionCodec
{
    /// <summary>Wider than any NEAR distance the engine uses, so no set of tokens within that distance spans two columns.</summary>
    public const int ColumnGap = 16;
    public const int SkipInterval = 32;
    public const int MaxBytes = 5;

    /// <summary>The columns in the order they are laid out: title, text, lead-in, speakers.</summary>
    public static readonly int[] ColumnOrder = [IndexSchema.TitleColumn, IndexSchema.TextColumn, 1, 3];

    /// <summary>Writes one posting's positions (ascending, at least one) at <paramref name="offset"/>; returns the end.</summary>
    public static int Write(byte[] into, int offset, ReadOnlySpan<int> positions)
    {
        var previous = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            var value = ((uint)(positions[i] - previous) << 1) | (i == positions.Length - 1 ? 1u : 0u);
            previous = positions[i];
            while (value >= 0x80)
            {
                into[offset++] = (byte)(value | 0x80);
                value >>= 7;
            }
            into[offset++] = (byte)value;
        }
        return offset;
    }
}

/// <summary>
/// Reads the positions of one term's postings, moving forward only: <see cref="Read"/> for posting index j after
/// posting indexes below j costs the blocks in between, or at most <see cref="PositionCodec.SkipInterval"/> blocks.
/// </summary>
internal struct PositionCursor(Postings postings)
{
    private int index;
    private int offset;

    /// <summary>The positions of posting <paramref name="posting"/> into <paramref name="buffer"/> (grown as needed); returns how many.</summary>
    public int Read(int posting, ref int[] buffer)
    {
        var data = postings.Positions;
        if (posting < index || posting / PositionCodec.SkipInterval > index / PositionCodec.SkipInterval)
        {
            index = posting / PositionCodec.SkipInterval * PositionCodec.SkipInterval;
            offset = postings.Skips[posting / PositionCodec.SkipInterval];
        }
        for (; index < posting; index++)
        {
            // Skip a block: varints until the one whose low bit (in its first byte) marks the last.
            while (true)
            {
                var first = data[offset];
                while (data[offset++] >= 0x80) { }
                if ((first & 1) != 0) break;
            }
        }
        var count = 0;
        var position = 0;
        while (true)
        {
            uint value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = data[offset++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            position += (int)(value >> 1);
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            buffer[count++] = position;
            if ((value & 1) != 0) break;
        }
        index++;
        return count;
    }
}
