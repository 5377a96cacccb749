using System.Text;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// Recognises UTF-16 saved without a byte order mark (some exporters write it): English text then has a zero
/// byte in nearly every other position, which neither UTF-8 nor Windows-1252 text ever has.
/// </summary>
internal static class Utf16Sniffer
{
    private const int Sample = 4096;

    /// <summary>Little- or big-endian UTF-16 when the zero bytes say so; otherwise null.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Sample) & ~1)];
        if (sample.Length < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        // Mostly Latin text: most high bytes are zero and (almost) no low byte is.
        if (oddZeros * 2 >= pairs && evenZeros * 50 <= pairs) return Encoding.Unicode;
        if (evenZeros * 2 >= pairs && oddZeros * 50 <= pairs) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>The bytes as UTF-16 text in <paramref name="encoding"/>, ignoring a trailing odd byte.</summary>
    public static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes[..(bytes.Length & ~1)]);
}
