using System.Buffers;
using KcspSearch.Search.Index;
using KcspSearch.Search.Matching;

namespace KcspSearch.Search.Ranking;

/// <summary>
/// FTS5's bm25() (k1 = 1.2, b = 0.75, its idf floor and the column weights of <see cref="IndexSchema.Columns"/>),
/// computed from the engine's postings for a whole match set at once instead of once per row inside SQLite.
/// Equal to FTS5's for words and prefixes; a phrase counts as often as its least frequent word.
/// </summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>
    /// Sets each row's score (higher is better) in <paramref name="scores"/>; rows are ascending. Callers without the
    /// key are scored with statistics of public chunks only (<paramref name="includeRestricted"/> false), so their
    /// scores are what they would be if no exempt chunk existed; with the key, the statistics are FTS5's.
    /// </summary>
    public static void Score(IndexSnapshot s, IReadOnlyList<Leaf> leaves, ReadOnlySpan<int> rows, Span<double> scores, bool includeRestricted)
    {
        scores.Clear();
        var allRows = includeRestricted || s.AllPublic;
        var documents = allRows ? s.Rows : s.PublicRows;
        if (rows.Length == 0 || documents == 0) return;
        var norms = ArrayPool<double>.Shared.Rent(rows.Length);
        var units = ArrayPool<int>.Shared.Rent(rows.Length);
        try
        {
            var average = allRows ? s.AverageLength : s.PublicAverageLength;
            for (var i = 0; i < rows.Length; i++) norms[i] = K1 * (1 - B + B * s.Length[rows[i]] / average);
            foreach (var leaf in leaves)
            {
                var documentFrequency = allRows ? leaf.DocumentFrequency : PublicDocumentFrequency(s, leaf);
                if (!leaf.Scored || documentFrequency == 0) continue;
                var frequencies = units.AsSpan(0, rows.Length);
                Frequencies(leaf, rows, frequencies);
                var idf = Math.Log((documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
                if (idf <= 0) idf = 1e-6;
                for (var i = 0; i < rows.Length; i++)
                {
                    if (frequencies[i] == 0) continue;
                    var f = frequencies[i] * IndexSchema.WeightUnit;
                    scores[i] += idf * (f * (K1 + 1)) / (f + norms[i]);
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(norms);
            ArrayPool<int>.Shared.Return(units);
        }
    }

    /// <summary>Public chunks holding the leaf: a word's from the snapshot (cached), otherwise counted over its rows.</summary>
    private static int PublicDocumentFrequency(IndexSnapshot s, Leaf leaf) => leaf.Kind == LeafKind.Term
        ? leaf.DocumentFrequency == 0 ? 0 : s.PublicDocumentFrequency(s.TermOf(leaf.Phrase.Words[0]))
        : s.CountPublic(leaf.Rows.AsSpan(0, leaf.RowCount));

    /// <summary>The leaf's weighted frequency (in weight units) in each row; 0 where it is absent.</summary>
    private static void Frequencies(Leaf leaf, ReadOnlySpan<int> rows, Span<int> into)
    {
        into.Clear();
        switch (leaf.Kind)
        {
            case LeafKind.Term:
            case LeafKind.Prefix:
                foreach (var postings in leaf.Postings) Accumulate(postings, rows, into);
                break;
            case LeafKind.Title:
                Present(leaf, rows, into, IndexSchema.Units[IndexSchema.TitleColumn]);
                break;
            case LeafKind.Phrase:
                Present(leaf, rows, into, int.MaxValue);
                foreach (var word in leaf.Postings) Least(word, rows, into);
                // A phrase FTS5 found whose words the postings lack (cannot happen while they agree): one text occurrence.
                for (var i = 0; i < rows.Length; i++)
                    if (into[i] == int.MaxValue) into[i] = IndexSchema.Units[IndexSchema.TextColumn];
                break;
        }
    }

    private static void Accumulate(Postings postings, ReadOnlySpan<int> rows, Span<int> into)
    {
        var docs = postings.DocSpan;
        var j = 0;
        for (var i = 0; i < rows.Length && j < docs.Length; i++)
        {
            j = RowSets.Seek(docs, rows[i], j);
            if (j < docs.Length && docs[j] == rows[i]) into[i] += postings.Frequencies[j];
        }
    }

    /// <summary>Sets <paramref name="value"/> for the rows the leaf's own row list holds.</summary>
    private static void Present(Leaf leaf, ReadOnlySpan<int> rows, Span<int> into, int value)
    {
        var own = leaf.Rows.AsSpan(0, leaf.RowCount);
        var j = 0;
        for (var i = 0; i < rows.Length && j < own.Length; i++)
        {
            j = RowSets.Seek(own, rows[i], j);
            if (j < own.Length && own[j] == rows[i]) into[i] = value;
        }
    }

    /// <summary>Lowers each present row's frequency to this word's.</summary>
    private static void Least(Postings word, ReadOnlySpan<int> rows, Span<int> into)
    {
        var docs = word.DocSpan;
        var j = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (into[i] == 0) continue;
            j = RowSets.Seek(docs, rows[i], j);
            if (j < docs.Length && docs[j] == rows[i]) into[i] = Math.Min(into[i], word.Frequencies[j]);
        }
    }
}
