using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Matching;

/// <summary>
/// Finds the phrases of a match expression in a chunk's text by the index's own terms: the instances FTS5's
/// highlight() and NEAR work from, computed for the few chunks that need them instead of asking FTS5 row by row.
/// </summary>
internal sealed class PhraseFinder
{
    private readonly IndexSnapshot snapshot;
    private readonly Resolved[] phrases;

    private sealed record Resolved(int[] Terms, string? Prefix, bool TitleOnly);

    public PhraseFinder(IndexSnapshot snapshot, IEnumerable<MatchPhrase> phrases)
    {
        this.snapshot = snapshot;
        this.phrases = phrases.Select(p => new Resolved(
            p.Words.Select((w, i) => p.Prefix && i == p.Words.Count - 1 ? -1 : snapshot.TermOf(w)).ToArray(),
            p.Prefix ? snapshot.Dictionary.Stem(p.Words[^1]) ?? p.Words[^1] : null,
            p.TitleOnly)).ToArray();
    }

    /// <summary>Every phrase of the expression, wherever it stands (under NOT too: a match holds none of those).</summary>
    public static IEnumerable<MatchPhrase> PhrasesOf(MatchNode node) => node switch
    {
        MatchPhrase p => [p],
        MatchAll a => a.Children.SelectMany(PhrasesOf),
        MatchAny o => o.Children.SelectMany(PhrasesOf),
        MatchExcept e => PhrasesOf(e.Included).Concat(e.Excluded.SelectMany(PhrasesOf)),
        _ => [],
    };

    public int Count => phrases.Length;

    /// <summary>The tokens of a column with their terms and character spans.</summary>
    public List<Token> Tokens(string? text)
    {
        var result = new List<Token>();
        if (string.IsNullOrEmpty(text)) return result;
        Span<char> buffer = stackalloc char[128];
        var tokens = new TextTokens(text, buffer);
        while (tokens.Next(out var token))
            if (token.Length > 0) result.Add(new Token(snapshot.TermOfToken(token), tokens.Start, tokens.End));
        return result;
    }

    /// <summary>Every instance of every phrase in a column's tokens, by first token.</summary>
    public List<Instance> Instances(List<Token> tokens, int column)
    {
        var result = new List<Instance>();
        for (var start = 0; start < tokens.Count; start++)
            for (var p = 0; p < phrases.Length; p++)
                if ((!phrases[p].TitleOnly || column == IndexSchema.TitleColumn) && At(phrases[p], tokens, start))
                    result.Add(new Instance(p, start, start + phrases[p].Terms.Length - 1));
        return result;
    }

    private bool At(Resolved phrase, List<Token> tokens, int start)
    {
        if (start + phrase.Terms.Length > tokens.Count) return false;
        for (var k = 0; k < phrase.Terms.Length; k++)
        {
            var term = tokens[start + k].Term;
            if (term < 0) return false;
            var matches = phrase.Prefix is { } prefix && k == phrase.Terms.Length - 1
                ? snapshot.TermText(term).StartsWith(prefix, StringComparison.Ordinal)
                : term == phrase.Terms[k];
            if (!matches) return false;
        }
        return true;
    }
}

/// <summary>A token of a chunk's column: its term id (-1 when not indexed) and where it stands in the text.</summary>
internal readonly record struct Token(int Term, int Start, int End);

/// <summary>An occurrence of phrase <paramref name="Phrase"/> over tokens <paramref name="First"/>..<paramref name="Last"/>.</summary>
internal readonly record struct Instance(int Phrase, int First, int Last);
