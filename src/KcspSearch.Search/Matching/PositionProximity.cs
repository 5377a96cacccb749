using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Matching;

/// <summary>
/// FTS5's NEAR(p1 p2 ..., N) on one chunk from the postings' positions, as <see cref="Proximity"/> computes it from
/// the text: an instance of every phrase such that no phrase ends more than N tokens before the last one starts. The
/// columns lie further apart in the position space than N (<see cref="PositionCodec.ColumnGap"/>), so instances in
/// different columns are never near, as in FTS5.
/// </summary>
internal sealed class PositionProximity
{
    private readonly IndexSnapshot snapshot;
    private readonly int distance;
    private readonly int[][] phraseSlots;
    private readonly Postings[] lists;
    private readonly PositionCursor[] cursors;
    private readonly int[][] positions;
    private readonly int[] counts;
    private readonly List<Instance> instances = [];

    private PositionProximity(IndexSnapshot snapshot, int[][] phraseTerms, int distance)
    {
        this.snapshot = snapshot;
        this.distance = distance;
        var distinct = phraseTerms.SelectMany(t => t).Distinct().ToArray();
        phraseSlots = phraseTerms.Select(t => t.Select(term => Array.IndexOf(distinct, term)).ToArray()).ToArray();
        lists = distinct.Select(snapshot.PostingsOf).ToArray();
        cursors = lists.Select(l => new PositionCursor(l)).ToArray();
        positions = lists.Select(_ => new int[16]).ToArray();
        counts = new int[lists.Length];
    }

    /// <summary>A checker for the phrases, or null when a word has no FTS5 token (only the text can say) or a phrase is a prefix.</summary>
    public static PositionProximity? For(IndexSnapshot snapshot, IReadOnlyList<MatchPhrase> phrases, int distance)
    {
        if (distance >= PositionCodec.ColumnGap || phrases.Any(p => p.Prefix || p.TitleOnly)) return null;
        var terms = new int[phrases.Count][];
        for (var p = 0; p < phrases.Count; p++)
        {
            terms[p] = new int[phrases[p].Words.Count];
            for (var w = 0; w < terms[p].Length; w++)
            {
                var word = phrases[p].Words[w];
                terms[p][w] = snapshot.TermOf(word);
                if (terms[p][w] < 0 && snapshot.Dictionary.Stem(word) is null) return null;
            }
        }
        return new PositionProximity(snapshot, terms, distance);
    }

    public bool IsNear(int row)
    {
        for (var l = 0; l < lists.Length; l++)
        {
            var docs = lists[l].DocSpan;
            var j = RowSets.Seek(docs, row, 0);
            if (j >= docs.Length || docs[j] != row) return false;
            counts[l] = cursors[l].Read(j, ref positions[l]);
        }
        instances.Clear();
        for (var p = 0; p < phraseSlots.Length; p++)
        {
            var slots = phraseSlots[p];
            foreach (var start in positions[slots[0]].AsSpan(0, counts[slots[0]]))
            {
                var all = true;
                for (var k = 1; k < slots.Length && all; k++)
                    all = positions[slots[k]].AsSpan(0, counts[slots[k]]).BinarySearch(start + k) >= 0;
                if (all) instances.Add(new Instance(p, start, start + slots.Length - 1));
            }
        }
        instances.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Phrase.CompareTo(b.Phrase));

        // As Proximity: each instance in turn is the last to start; the others' latest instances are the closest.
        Span<int> latestEnd = stackalloc int[phraseSlots.Length];
        latestEnd.Fill(-1);
        var seen = 0;
        foreach (var instance in instances)
        {
            if (latestEnd[instance.Phrase] < 0) seen++;
            latestEnd[instance.Phrase] = instance.Last;
            if (seen < phraseSlots.Length) continue;
            var earliestEnd = int.MaxValue;
            foreach (var end in latestEnd) earliestEnd = Math.Min(earliestEnd, end);
            if (instance.First - earliestEnd - 1 <= distance) return true;
        }
        return false;
    }
}
