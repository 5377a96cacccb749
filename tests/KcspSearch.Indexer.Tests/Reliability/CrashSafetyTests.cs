using KcspSearch.Indexer.Tests.Support;
using KcspSearch.Search;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace KcspSearch.Indexer.Tests.Reliability;

/// <summary>
/// A real <c>kcsp watch</c> process, killed with SIGKILL at random moments while it indexes a generated corpus and
/// restarted each time: in the end every file is indexed exactly once, as in a clean run, and the index is sound.
/// CI kills it 20 times over 300 files; with <c>KCSP_LONG_TESTS=1</c>, 100 times over 1,000 files.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("KCSP_LONG_TESTS") == "1";
    private readonly string root = Directory.CreateTempSubdirectory("kcsp-crash-").FullName;

    private int Files => Long ? 1000 : 300;
    private int Kills => Long ? 100 : 20;

    [Fact]
    public async Task Watch_KilledAtRandomMomentsWhileIndexing_IndexesEveryFileExactlyOnce()
    {
        var corpus = Path.Combine(root, "corpus");
        var generated = await Kcsp(new Dictionary<string, string>(), "generate", "--meetings", $"{Files}", "--out", corpus, "--seed", "8");
        Assert.True(generated.Code == 0, generated.Output);
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).ToList();
        var reference = await CleanRunAsync(corpus);
        Assert.Equal(files.Count, reference.Count);

        var inbox = Path.Combine(root, "worker", "inbox");
        Directory.CreateDirectory(inbox);
        foreach (var file in files) File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        var processed = Path.Combine(root, "worker", "processed");
        var environment = new Dictionary<string, string>
        {
            ["Kcsp__IndexDirectory"] = Path.Combine(root, "worker", "index"),
            ["Kcsp__Inbox"] = inbox,
            ["Kcsp__SamplesDirectory"] = Path.Combine(root, "no-samples"),
            ["Kcsp__SettleTime"] = "00:00:00",
            ["Kcsp__RescanInterval"] = "00:00:00.200",
        };

        var seed = Long ? Environment.TickCount : 20260101;
        output.WriteLine($"kill moments from seed {seed}");
        var random = new Random(seed);
        var killedWhileIndexing = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            using var worker = KcspProcess.Start(root, environment, "watch");
            var moment = await KillMomentAsync(random, processed, files.Count, Kills - kill);
            await worker.KillAsync();
            var done = Count(processed);
            if (done < files.Count) killedWhileIndexing++;
            output.WriteLine($"kill {kill + 1} {moment}: {done}/{files.Count} processed{(worker.Output.Length > 0 ? "\n" + worker.Output : "")}");
        }
        using (var last = KcspProcess.Start(root, environment, "watch"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(Long ? 10 : 3);
            while (Count(processed) < files.Count && DateTime.UtcNow < deadline) await Task.Delay(200);
            await last.KillAsync();
            Assert.True(Count(processed) == files.Count, $"{Count(processed)} of {files.Count} processed; {last.Output}");
        }

        Assert.True(killedWhileIndexing >= Kills * 3 / 4, $"only {killedWhileIndexing} of {Kills} kills landed while files were waiting");
        Assert.Empty(Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(root, "worker", "failed")) && Directory.EnumerateFiles(Path.Combine(root, "worker", "failed")).Any(),
            "a file went to failed/");
        Assert.Equal(reference, MeetingChunks(environment["Kcsp__IndexDirectory"]));
        await AssertSoundAsync(environment["Kcsp__IndexDirectory"], files.Count);
    }

    /// <summary>
    /// Waits for the moment of the next kill. A fixed delay would depend on the machine's speed (a fast one indexes
    /// everything within a few kills), so most kills wait for the worker to reach a random point of the files still
    /// waiting and then a few milliseconds more, landing anywhere in a document's transaction; one in four is a plain
    /// delay, which can land during start-up, before the first file.
    /// </summary>
    private static async Task<string> KillMomentAsync(Random random, string processed, int files, int killsLeft)
    {
        if (random.Next(4) == 0)
        {
            var delay = random.Next(50, 800);
            await Task.Delay(delay);
            return $"after {delay} ms";
        }
        var done = Count(processed);
        var step = Math.Max(1, (files - done) / (killsLeft + 1));
        var target = Math.Min(files - 2, done + random.Next(1, 2 * step + 1));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Count(processed) < target && DateTime.UtcNow < deadline) await Task.Delay(2);
        var jitter = random.Next(0, 25);
        await Task.Delay(jitter);
        return $"at {target} processed + {jitter} ms";
    }

    /// <summary>Meeting id → chunk count of an uninterrupted <c>kcsp index</c> of the corpus.</summary>
    private async Task<SortedDictionary<string, int>> CleanRunAsync(string corpus)
    {
        var index = Path.Combine(root, "reference");
        var run = await Kcsp(new Dictionary<string, string>(), "index", corpus, "--index-dir", index);
        Assert.True(run.Code == 0, run.Output);
        return MeetingChunks(index);
    }

    private static SortedDictionary<string, int> MeetingChunks(string indexDirectory)
    {
        using var index = SearchIndex.Open(indexDirectory);
        var meetings = new SearchEngine(index).Meetings(includeRestricted: true);
        return new SortedDictionary<string, int>(meetings.ToDictionary(m => m.Id, m => m.Chunks), StringComparer.Ordinal);
    }

    /// <summary><c>kcsp verify</c> passes, SQLite's own integrity check is clean, and there is one document per file.</summary>
    private async Task AssertSoundAsync(string indexDirectory, int files)
    {
        var verify = await Kcsp(new Dictionary<string, string>(), "verify", "--index-dir", indexDirectory);
        Assert.True(verify.Code == 0 && verify.Output.Contains("index OK", StringComparison.Ordinal), verify.Output);

        using var connection = new SqliteConnection($"Data Source={Path.Combine(indexDirectory, "kcsp.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", command.ExecuteScalar());
        command.CommandText = "SELECT count(*), count(DISTINCT key), count(DISTINCT meeting_id) FROM documents";
        using var counts = command.ExecuteReader();
        Assert.True(counts.Read());
        Assert.Equal((files, files, files), (counts.GetInt32(0), counts.GetInt32(1), counts.GetInt32(2)));
    }

    private Task<(int Code, string Output)> Kcsp(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        KcspProcess.RunAsync(root, environment, args);

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
