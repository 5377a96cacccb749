using System.Text;
using KcspSearch.Indexer.Inbox;
using KcspSearch.Indexer.Ingest;
using KcspSearch.Indexer.Tests.Support;

namespace KcspSearch.Indexer.Tests.Inbox;

public sealed class InboxProcessorTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Process_DroppedFile_IsIndexedSearchableAndMovedToProcessed()
    {
        var (name, text) = TestWorkspace.Minutes(seed: 7);
        workspace.Drop(name, text);

        var results = await workspace.Processor.ProcessAsync();

        var result = Assert.Single(results);
        Assert.Equal(IngestOutcome.Added, result.Outcome);
        Assert.True(result.Chunks > 5, $"only {result.Chunks} chunks");
        Assert.True(File.Exists(Path.Combine(workspace.Folders.Processed, name)));
        Assert.Empty(workspace.Folders.Waiting());
        Assert.Empty(workspace.Folders.Claimed());
        var hits = workspace.Search("RESOLVED").Hits;
        Assert.Contains(hits, h => h.MeetingId == result.MeetingId);
    }

    [Fact]
    public async Task Process_CorruptFile_LandsInFailedWithReadableReason_AndLaterFilesAreIndexed()
    {
        workspace.Drop("a-broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage, no xref, no trailer"));
        workspace.Drop("b-shopping.txt", "Milk\nEggs\nBread\nTea bags\n");
        var (name, text) = TestWorkspace.Minutes(seed: 7);
        workspace.Drop("c-" + name, text);

        var results = await workspace.Processor.ProcessAsync();

        Assert.Equal(3, results.Count);
        Assert.Equal(IngestOutcome.Added, results.Single(r => r.FileName == "c-" + name).Outcome);
        foreach (var bad in new[] { "a-broken.pdf", "b-shopping.txt" })
        {
            var failed = Path.Combine(workspace.Folders.Failed, bad);
            Assert.True(File.Exists(failed), $"{bad} not in failed/");
            var report = IngestErrorReport.ReadBeside(failed);
            Assert.NotNull(report);
            Assert.Equal(bad, report.File);
            Assert.True(Enum.TryParse<KcspSearch.Minutes.MinutesError>(report.Reason, out _), $"reason '{report.Reason}' is not a MinutesError");
            Assert.Contains(bad, report.Message);
        }
        Assert.Equal(1, workspace.Index.GetStats().Documents);
    }

    [Fact]
    public async Task Process_ReplacedFile_UpdatesItsChunks()
    {
        var (name, text) = TestWorkspace.Minutes(seed: 7);
        workspace.Drop(name, text);
        await workspace.Processor.ProcessAsync();
        var firstWord = "RESOLVED";
        var before = workspace.Search(firstWord).Total;

        workspace.Drop(name, text.Replace("RESOLVED", "AGREED", StringComparison.Ordinal).Replace("Partnership", "Partnership Quokkaville", StringComparison.Ordinal));
        var result = Assert.Single(await workspace.Processor.ProcessAsync());

        Assert.Equal(IngestOutcome.Updated, result.Outcome);
        Assert.True(before > 0);
        Assert.NotEmpty(workspace.Search("Quokkaville").Hits);
        Assert.Equal(1, workspace.Index.GetStats().Documents);
        Assert.True(workspace.Index.Verify().Ok);
    }

    [Fact]
    public async Task Process_SameFileDroppedTwice_YieldsOneCopy()
    {
        var (name, text) = TestWorkspace.Minutes(seed: 7);
        workspace.Drop(name, text);
        await workspace.Processor.ProcessAsync();
        var once = workspace.Index.GetStats();

        workspace.Drop(name, text);
        var again = Assert.Single(await workspace.Processor.ProcessAsync());
        workspace.Drop("copy of " + name, text);
        await workspace.Processor.ProcessAsync();

        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        var twice = workspace.Index.GetStats();
        Assert.Equal(once.Meetings, twice.Meetings);
        Assert.Equal(once.Chunks, twice.Chunks);
        Assert.Equal(1, twice.Documents);
    }

    [Theory]
    [InlineData(IngestStep.Claimed)]
    [InlineData(IngestStep.Parsed)]
    [InlineData(IngestStep.Indexed)]
    public async Task Process_CrashBetweenSteps_RestartLeavesConsistentIndexWithNothingLost(IngestStep step)
    {
        var files = Enumerable.Range(0, 3).Select(i => TestWorkspace.Minutes(seed: 11, sequence: i)).ToList();
        var expectedChunks = await ChunksOfCleanRun(files);
        var crash = new CrashAt(step, files[1].FileName);
        workspace.Restart(crash);
        foreach (var (name, text) in files) workspace.Drop(name, text);

        await Assert.ThrowsAnyAsync<Exception>(() => workspace.Processor.ProcessAsync());
        Assert.True(crash.Crashed);
        workspace.Restart();
        await workspace.Processor.ProcessAsync();

        Assert.True(workspace.Index.Verify().Ok, string.Join("; ", workspace.Index.Verify().Problems));
        var stats = workspace.Index.GetStats();
        Assert.Equal(3, stats.Meetings);
        Assert.Equal(expectedChunks, stats.Chunks);
        Assert.Empty(workspace.Folders.Claimed());
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(workspace.Folders.Processed, f.FileName))));
    }

    [Fact]
    public async Task Process_FileStillOpenForWriting_IsLeftUntilComplete()
    {
        var (name, text) = TestWorkspace.Minutes(seed: 7);
        var path = Path.Combine(workspace.Folders.Inbox, name);
        Directory.CreateDirectory(workspace.Folders.Inbox);
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await writer.WriteAsync(Encoding.UTF8.GetBytes(text[..(text.Length / 2)]));
            await writer.FlushAsync();

            Assert.Empty(await workspace.Processor.ProcessAsync());
            Assert.True(workspace.Processor.HasUnsettledFiles);

            await writer.WriteAsync(Encoding.UTF8.GetBytes(text[(text.Length / 2)..]));
        }

        var result = Assert.Single(await workspace.Processor.ProcessAsync());
        Assert.Equal(IngestOutcome.Added, result.Outcome);
    }

    [Fact]
    public async Task IngestUpload_GoesThroughTheInboxPath()
    {
        var (name, text) = TestWorkspace.Minutes(seed: 7);

        var good = await workspace.Processor.IngestUploadAsync("../../" + name, new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var bad = await workspace.Processor.IngestUploadAsync("empty.txt", new MemoryStream());

        Assert.Equal(IngestOutcome.Added, good.Outcome);
        Assert.Equal(name, good.FileName);
        Assert.True(File.Exists(Path.Combine(workspace.Folders.Processed, name)));
        Assert.Equal(IngestOutcome.Failed, bad.Outcome);
        Assert.Equal("Empty", bad.Reason);
        Assert.True(File.Exists(IngestErrorReport.PathFor(Path.Combine(workspace.Folders.Failed, "empty.txt"))));
    }

    private static async Task<int> ChunksOfCleanRun(IReadOnlyList<(string FileName, string Text)> files)
    {
        using var clean = new TestWorkspace();
        foreach (var (name, text) in files) clean.Drop(name, text);
        await clean.Processor.ProcessAsync();
        return clean.Index.GetStats().Chunks;
    }

    public void Dispose() => workspace.Dispose();
}
