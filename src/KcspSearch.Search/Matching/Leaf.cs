using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Matching;

/// <summary>
/// One phrase of the match expression, resolved against a snapshot: its matching rows, how many chunks hold it (for
/// the inverse document frequency) and where its frequency in each chunk comes from.
/// </summary>
internal sealed class Leaf
{
    public required MatchPhrase Phrase { get; init; }
    /// <summary>False under NOT: such a phrase is absent from every match and adds nothing to a score.</summary>
    public required bool Scored { get; init; }
    /// <summary>The postings a single word or a prefix is read from; for a phrase, those of each of its words.</summary>
    public required IReadOnlyList<Postings> Postings { get; init; }
    /// <summary>Matching rows when they are not one posting list: a prefix's union, a phrase's or title search's matches.</summary>
    public int[]? Rows { get; init; }
    public int RowCount { get; init; }
    /// <summary>Chunks holding the phrase (FTS5's nHit).</summary>
    public required int DocumentFrequency { get; init; }
    public required LeafKind Kind { get; init; }
}

/// <summary>How a leaf's frequency in a chunk is known.</summary>
internal enum LeafKind
{
    /// <summary>One word: its posting list's frequency.</summary>
    Term,
    /// <summary>A prefix: the summed frequencies of every term it expands to.</summary>
    Prefix,
    /// <summary>Several words in order: the least frequent word's frequency, an upper bound on the phrase's.</summary>
    Phrase,
    /// <summary>Words in the item title: one title occurrence.</summary>
    Title,
}
