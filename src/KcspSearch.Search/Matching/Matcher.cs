using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Matching;

/// <summary>
/// Evaluates a match expression over a snapshot's postings: single words and prefixes from memory, phrases and
/// title searches through FTS5 (<paramref name="ftsRows"/>: the rowids matching an FTS5 expression, ascending), which
/// keeps the positions this engine does not hold. Collects the resolved <see cref="Leaves"/> for scoring.
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
            var rows = ftsRows(FtsExpression.Write(phrase));
            Leaves.Add(new Leaf
            {
                Phrase = phrase,
                Scored = scored,
                Kind = phrase.TitleOnly ? LeafKind.Title : LeafKind.Phrase,
                Postings = phrase.Words.Select(w => snapshot.PostingsOf(snapshot.TermOf(w))).ToList(),
                Rows = rows,
                RowCount = rows.Length,
                DocumentFrequency = rows.Length,
            });
            return RowList.Borrow(rows, rows.Length);
        }
        if (phrase.Prefix)
        {
            var stem = snapshot.Dictionary.Stem(phrase.Words[0]) ?? phrase.Words[0];
            var postings = snapshot.TermsWithPrefix(stem).Select(snapshot.PostingsOf).Where(p => p.Count > 0).ToList();
            var union = Own(postings.Count == 0 ? RowList.Empty : RowSets.Union(postings.Select(p => RowList.Borrow(p.Docs, p.Count)).ToList()));
            var live = 0;
            foreach (var row in union.Span)
                if (snapshot.IsPresent(row)) live++;
            Leaves.Add(new Leaf
            {
                Phrase = phrase,
                Scored = scored,
                Kind = LeafKind.Prefix,
                Postings = postings,
                Rows = union.Rows,
                RowCount = union.Count,
                DocumentFrequency = live,
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
