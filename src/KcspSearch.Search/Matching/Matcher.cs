using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Matching;

/// <summary>
/// Evaluates a match expression over a snapshot's postings: words, prefixes, phrases and title searches from memory;
/// only what the postings cannot answer (a multi-word prefix, a word FTS5 finds no token in) through FTS5
/// (<paramref name="ftsRows"/>: the rowids matching an FTS5 expression, ascending). Collects the resolved
/// <see cref="Leaves"/> for scoring.
/// Rows of removed chunks may remain in the result; the caller's filter drops them.
/// </summary>
internal sealed class Matcher(IndexSnapshot snapshot, Func<string, int[]> ftsRows) : IDisposable
{
    private readonly List<RowList> owned = [];

    public List<Leaf> Leaves { get; } = [];

    /// <summary>The matching rows; valid until this matcher is disposed.</summary>
    public RowList Evaluate(MatchNode node) => Evaluate(node, scored: true);

    private RowList Evaluate(MatchNode node, bool scored) => node switch
    {
        MatchPhrase p => Phrase(p, scored),
        MatchAll a => All(a.Children, scored),
        MatchAny o => Any(o.Children, scored),
        MatchExcept e => Except(e, scored),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private RowList Phrase(MatchPhrase phrase, bool scored)
    {
        if (phrase.TitleOnly || phrase.Words.Count > 1)
        {
            // From the postings' positions; FTS5 only for a word the postings cannot place.
            var found = Terms(phrase) is { } terms
                ? Own(PhraseMatcher.Rows(snapshot, terms, phrase.TitleOnly))
                : FtsRows(phrase);
            Leaves.Add(new Leaf
            {
                Phrase = phrase,
                Scored = scored,
                Kind = phrase.TitleOnly ? LeafKind.Title : LeafKind.Phrase,
                Postings = phrase.Words.Select(w => snapshot.PostingsOf(snapshot.TermOf(w))).ToList(),
                Rows = found.Rows,
                RowCount = found.Count,
                DocumentFrequency = Live(found),
            });
            return RowList.Borrow(found.Rows, found.Count);
        }
        if (phrase.Prefix)
        {
            var stem = snapshot.Dictionary.Stem(phrase.Words[0]) ?? phrase.Words[0];
            var postings = snapshot.TermsWithPrefix(stem).Select(snapshot.PostingsOf).Where(p => p.Count > 0).ToList();
            var union = Own(postings.Count == 0 ? RowList.Empty : RowSets.Union(postings.Select(p => RowList.Borrow(p.Docs, p.Count)).ToList()));
            Leaves.Add(new Leaf
            {
                Phrase = phrase,
                Scored = scored,
                Kind = LeafKind.Prefix,
                Postings = postings,
                Rows = union.Rows,
                RowCount = union.Count,
                DocumentFrequency = Live(union),
            });
            return RowList.Borrow(union.Rows, union.Count);
        }
        var term = snapshot.TermOf(phrase.Words[0]);
        var list = snapshot.PostingsOf(term);
        Leaves.Add(new Leaf
        {
            Phrase = phrase,
            Scored = scored,
            Kind = LeafKind.Term,
            Postings = [list],
            DocumentFrequency = term < 0 ? 0 : snapshot.DocumentFrequency(term),
        });
        return RowList.Borrow(list.Docs, list.Count);
    }

    /// <summary>
    /// The phrase's term ids for matching from the postings (-1 for a word the index lacks), or null when only FTS5
    /// can say: a prefix, or a word FTS5 finds no token in (FTS5 leaves it out of the phrase).
    /// </summary>
    private int[]? Terms(MatchPhrase phrase)
    {
        if (phrase.Prefix || phrase.Words.Count == 0) return null;
        var terms = new int[phrase.Words.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = snapshot.TermOf(phrase.Words[i]);
            if (terms[i] < 0 && snapshot.Dictionary.Stem(phrase.Words[i]) is null) return null;
        }
        return terms;
    }

    private RowList FtsRows(MatchPhrase phrase)
    {
        var rows = ftsRows(FtsExpression.Write(phrase));
        return RowList.Borrow(rows, rows.Length);
    }

    /// <summary>Rows not removed: FTS5's count of the chunks holding a phrase or prefix.</summary>
    private int Live(RowList rows)
    {
        if (!snapshot.HasRemovedRows) return rows.Count;
        var live = 0;
        foreach (var row in rows.Span)
            if (snapshot.IsPresent(row)) live++;
        return live;
    }

    private RowList All(IReadOnlyList<MatchNode> children, bool scored)
    {
        var lists = children.Select(c => Evaluate(c, scored)).OrderBy(l => l.Count).ToList();
        var result = lists[0];
        for (var i = 1; i < lists.Count && result.Count > 0; i++) result = Own(RowSets.Intersect(result, lists[i]));
        return result;
    }

    private RowList Any(IReadOnlyList<MatchNode> children, bool scored) =>
        Own(RowSets.Union(children.Select(c => Evaluate(c, scored)).ToList()));

    private RowList Except(MatchExcept node, bool scored)
    {
        var result = Evaluate(node.Included, scored);
        foreach (var excluded in node.Excluded)
        {
            if (result.Count == 0) break;
            result = Own(RowSets.Except(result, Evaluate(excluded, scored: false)));
        }
        return result;
    }

    private RowList Own(RowList list)
    {
        owned.Add(list);
        return list;
    }

    public void Dispose()
    {
        foreach (var list in owned) list.Dispose();
        owned.Clear();
    }
}
