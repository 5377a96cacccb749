using KcspSearch.Minutes.Model;
using KcspSearch.Search.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Tests.Index;

public sealed class IndexWriterTests
{
    [Fact]
    public void IndexMeeting_NewDocument_AddsEveryChunkAndBumpsVersion()
    {
        using var temp = new TempIndex();
        var meeting = SeedLikeMeetings.March2022();
        var before = temp.Index.Version;

        var result = temp.Index.IndexMeeting(meeting, new SourceInfo("a.txt", "h1", "a.txt"));

        Assert.Equal(IndexOutcome.Added, result.Outcome);
        Assert.Equal(meeting.AllChunks.Count(), result.Chunks);
        var stats = temp.Index.GetStats();
        Assert.Equal((1, 1, result.Chunks), (stats.Documents, stats.Meetings, stats.Chunks));
        Assert.True(stats.BytesOnDisk > 0);
        Assert.NotNull(stats.LastIngest);
        Assert.True(temp.Index.Version > before);
        Assert.True(temp.Index.HasContent("h1"));
        Assert.False(temp.Index.HasContent("h2"));
    }

    [Fact]
    public void IndexMeeting_SameKeyAndHash_IsUnchangedAndWritesNothing()
    {
        using var temp = new TempIndex();
        temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1"));
        var version = temp.Index.Version;

        var again = temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1"));

        Assert.Equal(IndexOutcome.Unchanged, again.Outcome);
        Assert.Equal(version, temp.Index.Version);
        Assert.Equal(1, temp.Index.GetStats().Documents);
    }

    [Fact]
    public void IndexMeeting_ChangedFile_ReplacesItsChunks()
    {
        using var temp = new TempIndex();
        temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1"));
        Assert.Equal(1, temp.Chunks("shortfall").Total);

        var changed = new MeetingBuilder(SeedLikeMeetings.Committee, new DateOnly(2022, 3, 24))
            .Item("Domestic Homicide Review Update", ["DHR"], i => i.Para("1", "The review panel met twice."))
            .Build();
        var result = temp.Index.IndexMeeting(changed, new SourceInfo("a.txt", "h2"));

        Assert.Equal(IndexOutcome.Updated, result.Outcome);
        Assert.Equal(1, temp.Index.GetStats().Chunks);
        Assert.Equal(0, temp.Chunks("shortfall").Total);
        Assert.Equal("kcsp-2022-03-24/1/1", Assert.Single(temp.Chunks("panel").Hits).ChunkId);
        Assert.Empty(temp.Engine.Suggest("shortf", 5));
        Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
    }

    [Fact]
    public void IndexMeeting_SameMeetingFromAnotherFile_LatestFileWins()
    {
        using var temp = new TempIndex();
        temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("minutes.pdf", "pdf"));

        var result = temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("minutes.html", "html"));

        Assert.Equal(IndexOutcome.Updated, result.Outcome);
        Assert.Equal((1, 1), (temp.Index.GetStats().Documents, temp.Index.GetStats().Meetings));
        Assert.False(temp.Index.HasContent("pdf"));
    }

    [Fact]
    public void IndexMeeting_FailureHalfway_LeavesThePreviousVersionWhole()
    {
        using var temp = new TempIndex();
        temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1"));
        var stats = temp.Index.GetStats();
        var good = SeedLikeMeetings.March2022();
        var lastItem = good.Items[^1];
        // A chunk kind the writer cannot store fails the document after its first rows were written.
        var broken = good with
        {
            Items = [.. good.Items.SkipLast(1), lastItem with { Chunks = [lastItem.Chunks[0] with { Kind = (ChunkKind)99 }] }],
        };

        Assert.ThrowsAny<Exception>(() => temp.Index.IndexMeeting(broken, new SourceInfo("a.txt", "h2")));

        var after = temp.Index.GetStats();
        Assert.Equal((stats.Documents, stats.Chunks, stats.Version), (after.Documents, after.Chunks, after.Version));
        Assert.True(temp.Index.HasContent("h1"));
        Assert.Equal(1, temp.Chunks("shortfall").Total);
        Assert.True(temp.Index.Verify().Ok);
    }

    [Fact]
    public void IndexMeetings_Group_CommitsEveryDocumentAsOneVersion()
    {
        using var temp = new TempIndex();
        var version = temp.Index.Version;

        var results = temp.Index.IndexMeetings([
            new IndexWrite(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1")),
            new IndexWrite(SeedLikeMeetings.October2019(), new SourceInfo("b.txt", "h2")),
        ]);

        Assert.Equal([IndexOutcome.Added, IndexOutcome.Added], results.Select(r => r.Result?.Outcome));
        Assert.Equal(version + 1, temp.Index.Version);
        Assert.Equal(2, temp.Index.GetStats().Documents);
        Assert.Equal(1, temp.Chunks("shortfall").Total);
        Assert.Equal(["kcsp-2019-10-08", "kcsp-2022-03-24"], temp.Engine.Meetings().Select(m => m.Id).Order());
        Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
    }

    [Fact]
    public void IndexMeetings_OneDocumentCannotBeWritten_FailsAloneAndTheOthersAreIn()
    {
        using var temp = new TempIndex();
        var good = SeedLikeMeetings.October2019();
        var lastItem = good.Items[^1];
        // A chunk kind the writer cannot store fails the document after its first rows were written.
        var broken = good with
        {
            Id = "kcsp-2019-10-09",
            Items = [.. good.Items.SkipLast(1), lastItem with { Chunks = [lastItem.Chunks[0] with { Kind = (ChunkKind)99 }] }],
        };

        var results = temp.Index.IndexMeetings([
            new IndexWrite(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1")),
            new IndexWrite(broken, new SourceInfo("b.txt", "h2")),
            new IndexWrite(good, new SourceInfo("c.txt", "h3")),
        ]);

        Assert.Equal([IndexOutcome.Added, null, IndexOutcome.Added], results.Select(r => r.Result?.Outcome));
        Assert.NotNull(results[1].Error);
        Assert.Equal(["kcsp-2019-10-08", "kcsp-2022-03-24"], temp.Engine.Meetings().Select(m => m.Id).Order());
        Assert.False(temp.Index.HasContent("h2"));
        Assert.Equal(2, temp.Index.GetStats().Documents);
        Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
    }

    [Fact]
    public void IndexMeetings_ReindexOfAnUnchangedDocument_WritesItAgain()
    {
        using var temp = new TempIndex();
        temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1"));
        var version = temp.Index.Version;

        var plain = temp.Index.IndexMeetings([new IndexWrite(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1"))]);
        var forced = temp.Index.IndexMeetings([new IndexWrite(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h1"), reindex: true)]);

        Assert.Equal(IndexOutcome.Unchanged, Assert.Single(plain).Result?.Outcome);
        Assert.Equal(IndexOutcome.Added, Assert.Single(forced).Result?.Outcome);
        Assert.Equal(version + 1, temp.Index.Version);
        Assert.Equal((1, 1), (temp.Index.GetStats().Documents, temp.Chunks("shortfall").Total));
        Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
    }

    [Fact]
    public void RemoveDocument_RemovesEveryTraceOfIt()
    {
        using var temp = TempIndex.WithSeedLikeMeetings();

        Assert.True(temp.Index.RemoveDocument("kcsp-2022-03-24.txt"));
        Assert.False(temp.Index.RemoveDocument("kcsp-2022-03-24.txt"));

        Assert.Equal(0, temp.Chunks("shortfall").Total);
        Assert.Null(temp.Engine.Meeting("kcsp-2022-03-24"));
        Assert.Equal(["kcsp-2019-10-08"], temp.Engine.Meetings().Select(m => m.Id));
        Assert.DoesNotContain(temp.Engine.Speakers(true), s => s.PersonId == "powell");
        Assert.Empty(temp.Engine.Suggest("nightj", 5, includeRestricted: true));
        Assert.All(temp.Index.ExportChunks(true), c => Assert.StartsWith("kcsp-2019-10-08/", c.Id));
        Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
    }

    [Fact]
    public void ExportChunks_WithoutKey_LeavesRestrictedItemsOut()
    {
        using var temp = TempIndex.WithSeedLikeMeetings();

        var open = temp.Index.ExportChunks(false).ToList();
        var all = temp.Index.ExportChunks(true).ToList();

        Assert.DoesNotContain(open, c => c.Text.Contains("Nightjar"));
        Assert.Equal(2, all.Count(c => c.Text.Contains("Nightjar")));
        var dhr = all.Single(c => c.Id == "kcsp-2022-03-24/6/2");
        Assert.Equal(("Domestic Homicide Review Update", "Shafick Peerbux", "discussion", new DateOnly(2022, 3, 24)),
            (dhr.ItemTitle, dhr.Speaker, dhr.Kind, dhr.MeetingDate));
        Assert.Equal(["DHR", "funding"], dhr.Topics);
    }

    [Fact]
    public void Open_IndexOfAnOlderSchema_IsRebuiltEmpty()
    {
        using var temp = TempIndex.WithSeedLikeMeetings();
        temp.Index.Dispose();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(temp.Directory, "kcsp.db")};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE meta SET value = '0' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }

        using var reopened = SearchIndex.Open(temp.Directory);

        Assert.Equal(0, reopened.GetStats().Chunks);
        Assert.True(reopened.Verify().Ok);
        Assert.Equal(IndexOutcome.Added, reopened.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("b", "h")).Outcome);
    }

    [Fact]
    public async Task Search_WhileTheWriterWrites_ReadersSeeWholeDocumentsOnly()
    {
        using var temp = TempIndex.WithSeedLikeMeetings();
        var meetingChunks = SeedLikeMeetings.October2019().AllChunks.Count();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 15; i++)
            {
                temp.Index.RemoveDocument("kcsp-2019-10-08.txt");
                temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("kcsp-2019-10-08.txt", $"h{i}"));
            }
            stop.Cancel();
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var observed = new List<int>();
            while (!stop.IsCancellationRequested)
                observed.Add(temp.Engine.Search(new SearchRequest { Q = "2019", Group = SearchGroup.Chunk }).Total);
            return observed;
        })).ToArray();

        await writer.WaitAsync(TimeSpan.FromMinutes(1));
        var observed = await Task.WhenAll(readers);
        Assert.All(observed.SelectMany(o => o), total => Assert.Contains(total, new[] { 0, meetingChunks }));
    }
}
