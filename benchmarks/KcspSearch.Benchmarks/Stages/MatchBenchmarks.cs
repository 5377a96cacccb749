using BenchmarkDotNet.Attributes;
using KcspSearch.Search.Index;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>
/// Finding the matches: the raw FTS5 MATCH of the same words (the floor a plain SQL engine cannot go below: every
/// matching rowid read, no ranking) against the engine's own matching over its postings, with the filter applied.
/// </summary>
public class MatchBenchmarks : StageBenchmark
{
    private SqliteConnection? connection;
    private SqliteCommand? match;

    [GlobalSetup(Target = nameof(Fts5Floor))]
    public void SetupFloor()
    {
        Setup();
        connection = new SqliteConnection($"Data Source={Path.Combine(Context.Corpus.Index, IndexSchema.FileName)};Mode=ReadOnly");
        connection.Open();
        match = connection.CreateCommand();
        match.CommandText = $"SELECT rowid FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH $q";
        match.Parameters.Add(new SqliteParameter("$q", ""));
    }

    [GlobalCleanup(Target = nameof(Fts5Floor))]
    public void CleanupFloor()
    {
        match?.Dispose();
        connection?.Dispose();
        Cleanup();
    }

    [Benchmark(Baseline = true)]
    public int Fts5Floor()
    {
        var rows = 0;
        foreach (var q in Queries)
        {
            if (q.Query.Fts is null) continue;
            match!.Parameters[0].Value = q.Query.Fts;
            using var reader = match.ExecuteReader();
            while (reader.Read()) rows++;
        }
        return rows;
    }

    [Benchmark]
    public int EngineMatch()
    {
        var rows = 0;
        foreach (var q in Queries) rows += Context.Match(q.Plan).Length;
        return rows;
    }
}
