using System.Globalization;
using System.Security.Cryptography;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Search.Index;
using KcspSearch.Search.Query;
using KcspSearch.Search.Tests.Support;
using KcspSearch.Tests;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Tests.Index;

/// <summary>
/// The index stores derivable values once (chunk ids, lead-ins, resolutions, item titles for FTS5): what is read
/// back must be what the pipeline made, and FTS5 must hold exactly the columns its content view gives.
/// </summary>
public sealed class IndexLayoutTests
{
    [SharedTheory]
    [InlineData("fixtures/kcsp-2019-10-08.pdf")]
    [InlineData("seeds/kcsp-2019-10-08.pdf-extract.txt")]
    [InlineData("fixtures/kcsp-2022-03-24.html")]
    [InlineData("seeds/kcsp-2022-03-24.moderngov.txt")]
    public void RealDocument_ReadsBackAsThePipelineMadeIt(string file)
    {
        using var temp = new TempIndex();
        var source = SourceDocument.FromFile(SharedFiles.Path(file));
        var meeting = MinutesPipeline.CreateDefault().ProcessAsync(source).GetAwaiter().GetResult();
        temp.Index.IndexMeeting(meeting, new SourceInfo(file, Convert.ToHexString(SHA256.HashData(source.Content)), source.FileName));

        var detail = temp.Engine.Meeting(meeting.Id, includeRestricted: true)!;
        Assert.Equal(meeting.Attendees.Select(a => new AttendeeView(a.Name, a.PersonId, a.Role, a.Attendance)), detail.Attendees);
        var items = meeting.Items.DistinctBy(i => i.Ordinal).ToList();
        Assert.Equal(items.Select(i => i.Resolutions), detail.Items.Select(i => i.Resolutions));
        foreach (var item in items)
        {
            var read = temp.Engine.Item($"{meeting.Id}/{item.Ordinal}", includeRestricted: true)!;
            Assert.Equal(item.Resolutions, read.Resolutions);
            Assert.Equal(
                item.Chunks.Select(c => (c.Id, ChunkKinds.Name(c.Kind), Words.Clean(c.Text), c.LeadIn is null ? null : Words.Clean(c.LeadIn),
                    string.Join(",", c.Speakers), string.Join(",", c.Topics), string.Join(",", c.Links))),
                read.Chunks.Select(c => (c.Id, c.Kind, c.Text, c.LeadIn, string.Join(",", c.Speakers), string.Join(",", c.Topics), string.Join(",", c.Links))));
        }
        Assert.Equal(meeting.AllChunks.Select(c => c.Id), temp.Index.ExportChunks(true).Select(c => c.Id));
        Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
    }

    [SharedFact]
    public void RealDocuments_UseEachDerivedForm()
    {
        using var documents = new RealDocumentsIndex();
        using var db = IndexFiles.Open(documents.Temp.Index);

        // Resolutions read from the resolution chunks, and ones stored (a procedural item folds them into one chunk).
        Assert.True(Count(db, "SELECT count(*) FROM items WHERE resolutions IS NULL") > 0);
        Assert.True(Count(db, "SELECT count(*) FROM items WHERE resolutions IS NOT NULL AND resolutions <> '[]'") > 0);
        Assert.True(Count(db, "SELECT count(*) FROM chunks WHERE lead_in_chunk IS NOT NULL") > 0);
        Assert.Equal(0, Count(db, "SELECT count(*) FROM chunks WHERE id IS NOT NULL"));
    }

    [Fact]
    public void Chunk_WithAnIdNotOfTheUsualShape_KeepsIt()
    {
        using var temp = new TempIndex();
        var built = new MeetingBuilder(SeedLikeMeetings.Committee, new DateOnly(2023, 5, 2))
            .Item("Night-time economy", ["asb"], i => i.Para("1", "Taxi marshals worked on Friday nights."))
            .Build();
        var item = built.Items[0];
        var meeting = built with { Items = [item with { Chunks = [item.Chunks[0] with { Id = "imported-42" }] }] };

        temp.Index.IndexMeeting(meeting, new SourceInfo("a.txt", "h"));

        Assert.Equal("imported-42", Assert.Single(temp.Chunks("marshals").Hits).ChunkId);
        Assert.Equal("imported-42", Assert.Single(temp.Engine.Item($"{meeting.Id}/1")!.Chunks).Id);
        Assert.Equal("imported-42", Assert.Single(temp.Index.ExportChunks(false)).Id);
    }

    [Fact]
    public void Item_ResolutionsUnlikeItsChunks_AreStoredAsWritten()
    {
        using var temp = new TempIndex();
        var built = new MeetingBuilder(SeedLikeMeetings.Committee, new DateOnly(2023, 5, 2))
            .Item("Funding", ["funding"], i => i.Para("1", "The grant was discussed.").Resolution("RESOLVED that the grant be accepted."))
            .Build();
        var item = built.Items[0];
        // A control character is blanked in the chunk text (as FTS5 sees it) but kept in the item's resolutions.
        var meeting = built with { Items = [item with { Resolutions = ["RESOLVED\tthat the grant be accepted."] }] };

        temp.Index.IndexMeeting(meeting, new SourceInfo("a.txt", "h"));

        Assert.Equal(["RESOLVED\tthat the grant be accepted."], temp.Engine.Item($"{meeting.Id}/1")!.Resolutions);
        Assert.Equal(["RESOLVED\tthat the grant be accepted."], Assert.Single(temp.Engine.Meeting(meeting.Id)!.Items).Resolutions);
    }

    [Fact]
    public void Fts5_HoldsWhatItsContentViewGives()
    {
        using var temp = TempIndex.WithSeedLikeMeetings();
        temp.Index.RemoveDocument("kcsp-2019-10-08.txt");
        temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("kcsp-2019-10-08.txt", "again"));
        using var db = IndexFiles.Open(temp.Index);

        // Titles come from the items through the view: a search of the title column finds every chunk of the item.
        var titled = Count(db, $"SELECT count(*) FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH 'title : homicide'");
        var chunksOfItem = Count(db, """
            SELECT count(*) FROM chunks c JOIN items i ON i.meeting = c.meeting AND i.ordinal = c.item_ordinal
            WHERE i.title LIKE '%Homicide%'
            """);
        Assert.True(titled > 0);
        Assert.Equal(chunksOfItem, titled);
        Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
    }

    [Fact]
    public void Open_IndexOfTheVersion2Layout_IsRebuiltAndUsable()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kcsp-search-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory, IndexSchema.FileName)};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            // Version 2 kept the meeting id, item title and speaker names in every chunk row, FTS5 reading them there.
            cmd.CommandText = """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES ('schema_version', '2'), ('version', '7');
                CREATE TABLE chunks (rowid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, meeting_id TEXT NOT NULL,
                    text TEXT NOT NULL, lead_in TEXT, title TEXT, speakers TEXT);
                CREATE VIRTUAL TABLE chunks_fts USING fts5(text, lead_in, title, speakers, content='chunks', content_rowid='rowid');
                INSERT INTO chunks (id, meeting_id, text, title) VALUES ('old/1/1', 'old', 'stale words', 'Old');
                INSERT INTO chunks_fts (rowid, text, title) VALUES (1, 'stale words', 'Old');
                """;
            cmd.ExecuteNonQuery();
        }

        using (var temp = new ReopenedIndex(directory))
        {
            Assert.Equal(0, temp.Index.GetStats().Chunks);
            temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("a.txt", "h"));
            Assert.Equal(1, temp.Chunks("shortfall").Total);
            Assert.Equal(0, temp.Chunks("stale").Total);
            Assert.True(temp.Index.Verify().Ok, string.Join("; ", temp.Index.Verify().Problems));
            using var db = IndexFiles.Open(temp.Index);
            Assert.Equal(IndexSchema.Version, Count(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'"));
        }
        Directory.Delete(directory, recursive: true);
    }

    private sealed class ReopenedIndex(string directory) : IDisposable
    {
        public SearchIndex Index { get; } = SearchIndex.Open(directory);
        private SearchEngine Engine => engine ??= new SearchEngine(Index, TempIndex.Options);
        private SearchEngine? engine;

        public SearchResponse Chunks(string q) => Engine.Search(new SearchRequest { Q = q, Group = SearchGroup.Chunk });

        public void Dispose() => Index.Dispose();
    }

    private static long Count(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
