using KcspSearch.Search.Index;
using KcspSearch.Search.Matching;
using KcspSearch.Search.Ranking;

namespace KcspSearch.Search.Highlighting;

/// <summary>
/// Builds hits and passages for the page only: texts are read for the top-k rows in one statement and the query's
/// phrases marked in them (<see cref="Highlighter"/>); rows the expression did not match (a decision's added
/// resolutions, a browse) come back unmarked.
/// </summary>
internal sealed class HitBuilder(IndexReader reader, IndexSnapshot snapshot, PhraseFinder? finder, Func<int, bool> matched)
{
    private Dictionary<int, ChunkText> texts = [];

    /// <summary>Fetches the page's texts in one statement.</summary>
    public void Load(IEnumerable<int> rowids) => texts = reader.Texts(rowids.Distinct().ToList(), snapshot);

    public SearchHit Hit(ScoredChunk chunk, IReadOnlyList<Passage>? passages = null)
    {
        var r = chunk.RowId;
        var text = Text(r);
        var meeting = snapshot.Meetings[snapshot.Meeting[r]];
        var item = snapshot.Item[r] >= 0 ? snapshot.Items[snapshot.Item[r]] : null;
        return new SearchHit
        {
            ChunkId = snapshot.ChunkId(r),
            MeetingId = meeting.Id,
            MeetingDate = meeting.Date,
            Committee = snapshot.Committees[meeting.Committee],
            ItemId = item is null ? null : $"{meeting.Id}/{item.Ordinal}",
            ItemTitle = item?.Title,
            Paragraph = snapshot.ParagraphOf(r),
            Kind = ChunkKinds.Names[snapshot.Kind[r]],
            Speakers = Speakers(r),
            Topics = Topics(r),
            Snippet = SnippetBuilder.Snippet(Marked(r, text.Text, IndexSchema.TextColumn)),
            Score = Math.Round(chunk.Score, 4),
            Passages = passages,
            Text = text.Text,
            LeadIn = text.LeadIn,
            Links = Json.ReadList(text.Links),
            Citation = Citation(r),
        };
    }

    public Passage Passage(ScoredChunk chunk)
    {
        var r = chunk.RowId;
        return new Passage(snapshot.ChunkId(r), snapshot.ParagraphOf(r), ChunkKinds.Names[snapshot.Kind[r]], Speakers(r),
            SnippetBuilder.Snippet(Marked(r, Text(r).Text, IndexSchema.TextColumn)), Math.Round(chunk.Score, 4), Citation(r));
    }

    public string Citation(int rowid)
    {
        var meeting = snapshot.Meetings[snapshot.Meeting[rowid]];
        var item = snapshot.Item[rowid] >= 0 ? snapshot.Items[snapshot.Item[rowid]] : null;
        return Citations.For(snapshot.Committees[meeting.Committee], meeting.Date, item?.Ordinal, item?.MinuteNumber, item?.Title,
            snapshot.ParagraphOf(rowid));
    }

    private string Marked(int rowid, string text, int column) =>
        finder is not null && matched(rowid) ? Highlighter.Mark(finder, text, column) : text;

    private ChunkText Text(int rowid)
    {
        if (!texts.ContainsKey(rowid)) Load([rowid]);
        return texts.GetValueOrDefault(rowid, new ChunkText("", null, null, null, null));
    }

    private List<string> Speakers(int r)
    {
        var result = new List<string>();
        foreach (var p in snapshot.SpeakersOf(r)) result.Add(snapshot.People[p].Id);
        return result;
    }

    private List<string> Topics(int r)
    {
        var result = new List<string>();
        foreach (var t in snapshot.TopicsOf(r)) result.Add(snapshot.Topics[t]);
        return result;
    }
}
