using System.Runtime.CompilerServices;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Index;

/// <summary>
/// Walks text token by token with the boundaries of FTS5's <c>unicode61</c> tokenizer (runs of letters, digits and
/// combining marks), giving each token lower-cased and without diacritics, as <see cref="Words"/> does for queries.
/// ASCII tokens are folded in place without allocating. FTS5 itself then stems these forms (<see cref="FtsStemmer"/>),
/// so only the boundaries have to agree with SQLite, not the folding.
/// </summary>
internal ref struct TextTokens
{
    private readonly ReadOnlySpan<char> text;
    private readonly Span<char> buffer;
    private int position;

    /// <param name="buffer">Scratch space for ASCII tokens; longer tokens are returned as new strings.</param>
    public TextTokens(ReadOnlySpan<char> text, Span<char> buffer)
    {
        this.text = text;
        this.buffer = buffer;
    }

    /// <summary>Where the last token returned starts in the text.</summary>
    public int Start { get; private set; }

    /// <summary>Where the last token returned ends (exclusive).</summary>
    public readonly int End => position;

    /// <summary>The next token, folded; false at the end. <paramref name="token"/> is valid until the next call.</summary>
    public bool Next(out ReadOnlySpan<char> token)
    {
        while (position < text.Length && !IsTokenChar(text[position])) position++;
        if (position >= text.Length)
        {
            token = default;
            return false;
        }
        var start = Start = position;
        var ascii = true;
        while (position < text.Length && IsTokenChar(text[position]))
        {
            if (text[position] >= 128) ascii = false;
            position++;
        }
        var raw = text[start..position];
        if (ascii && raw.Length <= buffer.Length)
        {
            for (var i = 0; i < raw.Length; i++) buffer[i] = (char)(raw[i] | (uint)(raw[i] is >= 'A' and <= 'Z' ? 0x20 : 0));
            token = buffer[..raw.Length];
        }
        else token = ascii ? raw.ToString().ToLowerInvariant() : Words.Normalise(raw, limit: int.MaxValue);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTokenChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : Words.IsWordChar(c);
}
