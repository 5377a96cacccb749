using KcspSearch.Search.Tests.Support;

namespace KcspSearch.Search.Tests.Index;

/// <summary>An engine that follows the index through adds, replacements and removals answers as one that loads it afresh.</summary>
public sealed class SnapshotLoaderTests
{
    private static readonly string[] Queries =
    [
        "funding", "DHR", "domestic homicide review", "\"section 136\"", "what did we resolve about DHR funding", "mental health",
        "what did Harper say about county lines", "fund*", "health -mental", "topic:DHR", "", "kind:resolution 2019", "panel",
    ];

    /// <summary>Adds, a replacement by the same file, a removal, a re-add under another name, the same meeting from another file.</summary>
    private static List<Action> ChangeSteps(TempIndex temp) =>
    [
        () => temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("2022.txt", "a")),
        () => temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("2019.txt", "b")),
        () => temp.Index.IndexMeeting(new MeetingBuilder(SeedLikeMeetings.Committee, new DateOnly(2022, 3, 24))
            .Person("peerbux", "Shafick Peerbux")
            .Item("Domestic Homicide Review Update", ["DHR"], i => i.Para("1", "The review panel met twice about funding.", "peerbux")).Build(),
            new SourceInfo("2022.txt", "c")),
        () => temp.Index.RemoveDocument("2019.txt"),
        () => temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("2019-again.txt", "b")),
        () => temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("2022.html", "d")),
    ];

    [Fact]
    public void BrowseByTopicOrSpeaker_AfterEachChange_FindsEveryChunkTheFacetsCount()
    {
        using var temp = new TempIndex();

        foreach (var step in ChangeSteps(temp))
        {
            step();
            foreach (var includeRestricted in new[] { false, true })
            {
                // The facets of the plain browse count every row's topics and speakers; the filtered browses read
                // the topic and speaker postings instead.
                var all = temp.Engine.Search(new SearchRequest { Group = SearchGroup.Chunk }, includeRestricted).Facets;
                Assert.NotEmpty(all.Topic);
                Assert.NotEmpty(all.Speaker);
                foreach (var topic in all.Topic)
                    Assert.Equal(topic.Count, temp.Engine.Search(new SearchRequest { Topics = [topic.Value], Group = SearchGroup.Chunk }, includeRestricted).Total);
                foreach (var speaker in all.Speaker)
                    Assert.Equal(speaker.Count, temp.Engine.Search(new SearchRequest { Speakers = [speaker.Value], Group = SearchGroup.Chunk }, includeRestricted).Total);
                var two = all.Topic.Take(2).ToList();
                var either = temp.Engine.Search(new SearchRequest { Topics = [.. two.Select(t => t.Value)], Group = SearchGroup.Chunk, PageSize = 100 }, includeRestricted);
                Assert.InRange(either.Total, two.Max(t => t.Count), two.Sum(t => t.Count));
                Assert.Equal(either.Total, either.Hits.Select(h => h.ChunkId).Distinct().Count());
            }
        }
    }

    [Fact]
    public void Search_AfterEachChange_AnswersAsAFreshlyLoadedEngine()
    {
        using var temp = new TempIndex();

        foreach (var step in ChangeSteps(temp))
        {
            step();
            var fresh = new SearchEngine(temp.Index, TempIndex.Options);
            foreach (var q in Queries)
                foreach (var group in new[] { SearchGroup.Item, SearchGroup.Chunk })
                {
                    var request = new SearchRequest { Q = q, Group = group, PageSize = 100 };
                    var live = temp.Engine.Search(request, includeRestricted: true);
                    var loaded = fresh.Search(request, includeRestricted: true);
                    Assert.Equal(loaded.Total, live.Total);
                    Assert.Equal(loaded.Hits.Select(h => (h.ChunkId, h.Score, h.Snippet)), live.Hits.Select(h => (h.ChunkId, h.Score, h.Snippet)));
                    Assert.Equal(loaded.Facets.Topic, live.Facets.Topic);
                    Assert.Equal(loaded.Facets.Speaker, live.Facets.Speaker);
                    Assert.Equal(loaded.Facets.Year, live.Facets.Year);
                }
            Assert.Equal(fresh.Speakers(), temp.Engine.Speakers());
            Assert.Equal(fresh.Meetings().Select(m => (m.Id, m.Items, m.Chunks)), temp.Engine.Meetings().Select(m => (m.Id, m.Items, m.Chunks)));
        }
    }

    [Fact]
    public void Browse_KeptPerVersion_FollowsEachChange()
    {
        using var temp = new TempIndex();
        var noCache = new SearchOptions { Acronyms = TempIndex.Options.Acronyms, TopicLabels = TempIndex.Options.TopicLabels, ResultCacheSize = 0 };
        var engine = new SearchEngine(temp.Index, noCache);
        var browse = new SearchRequest { Group = SearchGroup.Chunk, PageSize = 100 };
        var steps = new List<Action>
        {
            () => temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("2022.txt", "a")),
            () => temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("2019.txt", "b")),
            () => temp.Index.RemoveDocument("2022.txt"),
        };
        foreach (var step in steps)
        {
            step();
            var first = engine.Search(browse, includeRestricted: false);
            var again = engine.Search(browse, includeRestricted: false);
            var withRestricted = engine.Search(browse, includeRestricted: true);
            var fresh = new SearchEngine(temp.Index, noCache).Search(browse, includeRestricted: false);

            Assert.Equal(temp.Index.GetStats().Chunks, withRestricted.Total);
            Assert.Equal(fresh.Total, first.Total);
            Assert.Equal(fresh.Hits.Select(h => h.ChunkId), first.Hits.Select(h => h.ChunkId));
            Assert.Equal(first.Hits.Select(h => h.ChunkId), again.Hits.Select(h => h.ChunkId));
            Assert.Equal(fresh.Facets.Topic, again.Facets.Topic);
        }
    }

    [Fact]
    public void Search_RemovedMeeting_LeavesNoTraceInResultsOrSuggestions()
    {
        using var temp = new TempIndex();
        temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("2019.txt", "b"));
        temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("2022.txt", "a"));
        Assert.NotEqual(0, temp.Search("shortfall").Total);

        temp.Index.RemoveDocument("2022.txt");

        Assert.Equal(0, temp.Search("shortfall").Total);
        Assert.Empty(temp.Engine.Suggest("shortf"));
        Assert.DoesNotContain(temp.Search("").Hits, h => h.MeetingId == "kcsp-2022-03-24");
        Assert.Equal(temp.Index.GetStats().Chunks, temp.Engine.Search(new SearchRequest(), includeRestricted: true).Facets.Kind.Sum(k => k.Count));
    }
}
