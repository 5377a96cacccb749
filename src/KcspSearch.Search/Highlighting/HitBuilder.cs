using KcspSearch.Search.Index;
using KcspSearch.Search.Ranking;

namespace KcspSearch.Search.Highlighting;

/// <summary>Builds hits and passages for the page only: highlights are fetched for the top-k rows, never for the whole match set.</summary>
internal sealed class HitBuilder(IndexReader reader, IndexSnapshot snapshot, string? expression)
{
    private Dictionary<int, (string Text, string? LeadIn, string? Links)> texts = [];

    /// <summary>Fetches the page's texts and highlights in one statement.</summary>
    public void Load(IEnumerable<int> rowids) => texts = reader.Highlight(expression, rowids.Distinct().ToList());

    public SearchHit Hit(ScoredChunk chunk, IReadOnlyList<Passage>? passages = null)
    {
        var r = chunk.RowId;
        var (text, leadIn, links) = Marked(r);
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
            Snippet = SnippetBuilder.Snippet(text),
            Score = Math.Round(chunk.Score, 4),
            Passages = passages,
            Text = SnippetBuilder.Plain(text),
            LeadIn = leadIn is null ? null : SnippetBuilder.Plain(leadIn),
            Links = Json.ReadList(links),
            Citation = Citation(r),
        };
    }

    public Passage Passage(ScoredChunk chunk)
    {
        var r = chunk.RowId;
        var (text, _, _) = Marked(r);
        return new Passage(snapshot.ChunkId(r), snapshot.ParagraphOf(r), ChunkKinds.Names[snapshot.Kind[r]], Speakers(r),
            SnippetBuilder.Snippet(text), Math.Round(chunk.Score, 4), Citation(r));
    }

    public string Citation(int rowid)
    {
        var meeting = snapshot.Meetings[snapshot.Meeting[rowid]];
        var item = snapshot.Item[rowid] >= 0 ? snapshot.Items[snapshot.Item[rowid]] : null;
        return Citations.For(snapshot.Committees[meeting.Committee], meeting.Date, item?.Ordinal, item?.MinuteNumber, item?.Title,
            snapshot.ParagraphOf(rowid));
    }

    private (string Text, string? LeadIn, string? Links) Marked(int rowid)
    {
        if (!texts.ContainsKey(rowid)) Load([rowid]);
        return texts.GetValueOrDefault(rowid, ("", null, null));
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
