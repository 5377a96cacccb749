using System.Text;
using KcspSearch.Indexer.Inbox;
using KcspSearch.Indexer.Tests.Support;
using KcspSearch.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KcspSearch.Indexer.Tests.Reliability;

/// <summary>
/// The hostile document set dropped into the inbox of a running worker, all at once: each refused file ends in
/// failed/ with an .error.json giving its specific reason, each good one is indexed, and the worker never stops.
/// </summary>
public sealed class HostileInboxTests : IDisposable
{
    /// <summary>
    /// Names a careless or hostile sender might choose; the content is good minutes, one meeting each. (Names starting
    /// with a dot are hidden files, such as office lock files, which the worker leaves alone by design.)
    /// </summary>
    private static readonly (string Name, DateOnly Date)[] OddNames =
    [
        (@"minutes..\..\..\evil.txt", new DateOnly(2022, 1, 10)),
        ("--output=evil.txt", new DateOnly(2022, 1, 11)),
        ("minutes\u202Etxt.exe", new DateOnly(2022, 1, 12)),
        ("line\nbreak & 'quotes' $(reboot).txt", new DateOnly(2022, 1, 13)),
        (new string('m', 240) + ".txt", new DateOnly(2022, 1, 14)),
    ];

    private readonly TestWorkspace workspace = new(settings: HostileDocuments.Settings);

    [Fact]
    public async Task Worker_HostileDocuments_RefusesEachWithItsReasonAndIndexesTheRest()
    {
        foreach (var document in HostileDocuments.All) workspace.Drop(document.FileName, document.Content);
        foreach (var (name, date) in OddNames) workspace.Drop(name, HostileDocuments.PrintedMinutes(date));
        var total = HostileDocuments.All.Count + OddNames.Length;
        workspace.Folders.EnsureCreated();

        await RunWorkerUntilAsync(() => Finished().Count == total, () =>
            "unfinished: " + string.Join(", ", Directory.EnumerateFiles(workspace.Folders.Inbox, "*", SearchOption.AllDirectories)));

        var folders = workspace.Folders;
        foreach (var document in HostileDocuments.Refused)
        {
            var failed = Path.Combine(folders.Failed, document.FileName);
            var report = IngestErrorReport.ReadBeside(failed);
            Assert.True(report is not null, $"{document}: no {Path.GetFileName(IngestErrorReport.PathFor(failed))} in failed/");
            Assert.True(document.Reason == report.Reason, $"{document}: expected {document.Reason}, got {report.Reason}: {report.Message}");
            Assert.StartsWith(document.FileName + ": ", report.Message);
            Assert.DoesNotContain(Path.GetTempPath(), report.Message);
            Assert.Equal(document.Content, await File.ReadAllBytesAsync(failed));
        }
        foreach (var name in HostileDocuments.Accepted.Select(d => d.FileName).Concat(OddNames.Select(o => o.Name)))
            Assert.True(File.Exists(Path.Combine(folders.Processed, name)), $"{name} is not in processed/");

        var expected = HostileDocuments.Accepted.Select(d => d.MeetingId!)
            .Concat(OddNames.Select(o => HostileDocuments.MeetingIdFor(o.Date))).Order().ToList();
        Assert.Equal(expected, IndexedMeetingIds());
        Assert.True(workspace.Index.Verify().Ok, string.Join("; ", workspace.Index.Verify().Problems));
        Assert.Empty(workspace.Search(HostileDocuments.ScriptOnlyWord).Hits);
        Assert.All(Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories), file =>
            Assert.True(new[] { folders.Processed, folders.Failed, workspace.IndexDirectory }.Any(f => file.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal)),
                $"{file} is outside processed/, failed/ and the index"));
    }

    [Fact]
    public async Task Worker_FileStillBeingWritten_WaitsForItToSettle()
    {
        using var slow = new TestWorkspace(settleTime: TimeSpan.FromSeconds(1.5));
        var content = Encoding.UTF8.GetBytes(HostileDocuments.PrintedMinutes(new DateOnly(2023, 2, 2)));
        var path = Path.Combine(slow.Folders.Inbox, "slow-copy.txt");
        Directory.CreateDirectory(slow.Folders.Inbox);
        var worker = slow.Services.GetServices<IHostedService>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // A copy over a slow share: a piece every 150 ms, each time opening and closing the file.
            var pieces = content.Chunk(content.Length / 12 + 1).ToList();
            foreach (var piece in pieces)
            {
                Assert.True(piece == pieces[0] || File.Exists(path), "the worker claimed the file while it was being written");
                await File.AppendAllBytesAsync(path, piece);
                await Task.Delay(150);
            }
            Assert.Equal(0, slow.Index.GetStats().Documents);
            await WaitUntilAsync(() => File.Exists(Path.Combine(slow.Folders.Processed, "slow-copy.txt")));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(slow.Folders.Processed, "slow-copy.txt")));
        Assert.Empty(Directory.EnumerateFiles(slow.Folders.Failed));
        Assert.Empty(Directory.EnumerateFiles(slow.Folders.Inbox));
        Assert.Contains(slow.Search("domestic homicide review funding report noted").Hits, h => h.Kind == "resolution");
    }

    private List<string> Finished()
    {
        var folders = workspace.Folders;
        return Directory.EnumerateFiles(folders.Processed)
            .Concat(Directory.EnumerateFiles(folders.Failed).Where(f => !f.EndsWith(".error.json", StringComparison.Ordinal)))
            .ToList();
    }

    private List<string> IndexedMeetingIds() =>
        new KcspSearch.Search.SearchEngine(workspace.Index).Meetings(includeRestricted: true).Select(m => m.Id).Order().ToList();

    private async Task RunWorkerUntilAsync(Func<bool> done, Func<string> state)
    {
        var worker = workspace.Services.GetServices<IHostedService>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(done, state);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Func<string>? state = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the worker; " + state?.Invoke());
            await Task.Delay(100);
        }
    }

    public void Dispose() => workspace.Dispose();
}
