using System.Diagnostics;
using System.Globalization;
using KcspSearch.Benchmarks.Corpora;
using KcspSearch.Minutes;
using KcspSearch.Search;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Benchmarks;

/// <summary>
/// <c>latency --corpus SIZE [--rounds N] [--warmup SECONDS] [--only TEXT]</c>: the targets' own measure. Runs the whole query mix round after round
/// through <see cref="SearchEngine"/> (facets, highlights, top 10, response cache off) and the raw FTS5 MATCH of the same
/// words, and prints median, p95 and p99 per query kind and overall, the engine's overhead over the floor, the time
/// to open the index, the process's resident set and the index size against the raw text.
/// </summary>
public static class LatencyRun
{
    public static int Run(string[] args)
    {
        var corpus = new Corpus(Option(args, "--corpus") ?? "100k").EnsureBuilt();
        var rounds = int.Parse(Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);
        var warmup = TimeSpan.FromSeconds(double.Parse(Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture));
        // --only narrows the mix to the queries whose description contains the text (for profiling one query).
        var only = Option(args, "--only");
        var mix = QueryMix.All.Where(q => only is null || q.ToString().Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();

        var opened = Stopwatch.StartNew();
        using var index = SearchIndex.Open(corpus.Index);
        var configured = SearchOptions.FromConfig(new MinutesOptions());
        var engine = new SearchEngine(index, new SearchOptions { Acronyms = configured.Acronyms, TopicLabels = configured.TopicLabels, ResultCacheSize = 0 });
        engine.Search(new SearchRequest { Q = "warm" });
        opened.Stop();
        var openRss = Process.GetCurrentProcess().WorkingSet64;

        var engineTimes = mix.ToDictionary(q => q, _ => new List<double>());
        var floorTimes = mix.ToDictionary(q => q, _ => new List<double>());
        var totals = new Dictionary<BenchmarkQuery, int>();
        using var floor = new SqliteConnection($"Data Source={Path.Combine(corpus.Index, "kcsp.db")};Mode=ReadOnly");
        floor.Open();
        using var match = floor.CreateCommand();
        match.CommandText = "SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH $q";
        var parameter = match.Parameters.Add(new SqliteParameter("$q", ""));

        // Warm-up rounds until the JIT has optimised the hot path (tiered compilation promotes methods after a while),
        // then the measured rounds; each round runs every query once, so no two runs in a row are the same.
        var warming = Stopwatch.StartNew();
        for (var round = -1; round < rounds; round++)
        {
            if (round == 0 && warming.Elapsed < warmup) round = -1;
            foreach (var query in mix)
            {
                var clock = Stopwatch.StartNew();
                var response = engine.Search(query.Request);
                clock.Stop();
                totals[query] = response.Total;
                if (round >= 0) engineTimes[query].Add(clock.Elapsed.TotalMilliseconds);
                if (query.Fts is null) continue;
                clock.Restart();
                parameter.Value = query.Fts;
                var rows = 0;
                using (var reader = match.ExecuteReader())
                    while (reader.Read()) rows++;
                clock.Stop();
                if (round >= 0) floorTimes[query].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var rss = Process.GetCurrentProcess().WorkingSet64;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        // What the run left that a full collection gives back, against what the process keeps (live heap, pools, SQLite, runtime).
        var collectedRss = Process.GetCurrentProcess().WorkingSet64;
        GC.KeepAlive(engine);
        var stats = index.GetStats();
        Print(corpus, rounds, mix, engineTimes, floorTimes, totals);
        Console.WriteLine();
        Console.WriteLine($"- open + first query: {opened.Elapsed.TotalSeconds:0.00} s; resident set after opening {openRss / 1048576.0:N0} MB, after the run {rss / 1048576.0:N0} MB (peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB), GC heap {heap / 1048576.0:N0} MB live after a full collection " +
            $"(resident set then {collectedRss / 1048576.0:N0} MB)");
        var raw = RawText(corpus, floor);
        Console.WriteLine($"- index: {stats.Chunks:N0} chunks of {stats.Meetings:N0} meetings, {stats.BytesOnDisk / 1048576.0:N1} MB on disk; the minutes files indexed {raw.Files / 1048576.0:N1} MB " +
            $"({(double)stats.BytesOnDisk / raw.Files:0.00}×), chunk text {raw.Text / 1048576.0:N1} MB ({(double)stats.BytesOnDisk / raw.Text:0.00}×)");
        return 0;
    }

    private static void Print(Corpus corpus, int rounds, IReadOnlyList<BenchmarkQuery> mix, Dictionary<BenchmarkQuery, List<double>> engine,
        Dictionary<BenchmarkQuery, List<double>> floor, Dictionary<BenchmarkQuery, int> totals)
    {
        Console.WriteLine($"### {corpus.Size}: {mix.Count} queries × {rounds} rounds (ms)");
        Console.WriteLine();
        Console.WriteLine("| kind | queries | engine p50 | engine p95 | engine p99 | FTS5 floor p50 | engine/floor (median of per-query p50 ratios) |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|");
        foreach (var group in mix.GroupBy(q => q.Kind).Append(mix.GroupBy(_ => "**all**").Single()))
        {
            var times = group.SelectMany(q => engine[q]).ToList();
            var floors = group.Where(q => q.Fts is not null).SelectMany(q => floor[q]).ToList();
            var ratios = group.Where(q => q.Fts is not null).Select(q => Percentile(engine[q], 50) / Math.Max(0.001, Percentile(floor[q], 50))).ToList();
            Console.WriteLine($"| {group.Key} | {group.Count()} | {Percentile(times, 50):0.00} | {Percentile(times, 95):0.00} | {Percentile(times, 99):0.00} | " +
                (floors.Count > 0 ? $"{Percentile(floors, 50):0.00} | {Percentile(ratios, 50):0.00}× |" : "– | – |"));
        }
        Console.WriteLine();
        Console.WriteLine("| query | matches | engine p50 | engine p99 | floor p50 |");
        Console.WriteLine("|---|--:|--:|--:|--:|");
        foreach (var q in mix)
            Console.WriteLine($"| {q.ToString().Replace("|", "\\|", StringComparison.Ordinal)} | {totals[q]:N0} | {Percentile(engine[q], 50):0.00} | {Percentile(engine[q], 99):0.00} | " +
                (q.Fts is null ? "– |" : $"{Percentile(floor[q], 50):0.00} |"));
    }

    /// <summary>The bytes of the minutes files the index holds (files that failed to parse are left out) and of their chunks' text.</summary>
    private static (long Files, long Text) RawText(Corpus corpus, SqliteConnection db)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT file_name FROM documents";
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                if (!reader.IsDBNull(0)) indexed.Add(reader.GetString(0));
        var files = Directory.Exists(corpus.Minutes)
            ? Directory.EnumerateFiles(corpus.Minutes, "*", SearchOption.AllDirectories).Where(f => indexed.Contains(Path.GetFileName(f))).Sum(f => new FileInfo(f).Length)
            : 0;
        // The content view holds every lead-in (the table stores most of them as a pointer); older layouts have no view.
        cmd.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'view' AND name = 'chunks_content'";
        var source = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0 ? "chunks_content" : "chunks";
        cmd.CommandText = $"SELECT sum(length(CAST(text AS BLOB))) + coalesce(sum(length(CAST(lead_in AS BLOB))), 0) FROM {source}";
        return (files, Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
