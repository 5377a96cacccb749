using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Facets;

/// <summary>
/// Visible chunks per meeting, item, person and topic, and items per meeting, for one access level of one index
/// version: listings and completions read these instead of scanning every chunk on each request.
/// </summary>
internal sealed class ChunkTallies
{
    private ChunkTallies(IndexSnapshot s)
    {
        MeetingChunks = new int[s.Meetings.Count];
        MeetingItems = new int[s.Meetings.Count];
        ItemChunks = new int[s.Items.Count];
        PersonChunks = new int[s.People.Count];
        TopicChunks = new int[s.Topics.Count];
    }

    public int[] MeetingChunks { get; }
    public int[] MeetingItems { get; }
    public int[] ItemChunks { get; }
    public int[] PersonChunks { get; }
    public int[] TopicChunks { get; }

    /// <summary>Item titles with visible chunks, one entry per title (case aside), with its words for completion.</summary>
    public IReadOnlyList<TitleTally> Titles { get; private set; } = [];

    public static ChunkTallies Count(IndexSnapshot s, bool includeRestricted)
    {
        var t = new ChunkTallies(s);
        foreach (var r in s.AllRowIds())
        {
            if (!s.IsVisible(r, includeRestricted)) continue;
            t.MeetingChunks[s.Meeting[r]]++;
            if (s.Item[r] >= 0) t.ItemChunks[s.Item[r]]++;
            foreach (var p in s.SpeakersOf(r)) t.PersonChunks[p]++;
            foreach (var topic in s.TopicsOf(r)) t.TopicChunks[topic]++;
        }
        foreach (var item in s.Items)
            if (includeRestricted || !item.Restricted) t.MeetingItems[item.Meeting]++;
        t.Titles = s.Items.Select((item, i) => (item.Title, Count: t.ItemChunks[i])).Where(x => x.Count > 0)
            .GroupBy(x => x.Title, StringComparer.OrdinalIgnoreCase)
            .Select(g => new TitleTally(g.Key, [.. Words.Split(g.Key)], g.Sum(x => x.Count)))
            .ToList();
        return t;
    }
}

internal sealed record TitleTally(string Title, string[] Words, int Chunks);
