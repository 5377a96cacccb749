using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Index;

/// <summary>
/// One reader connection with its statements prepared once. A query runs inside <see cref="BeginRead"/>, so the
/// version, the snapshot and the FTS matches all come from one consistent WAL snapshot while a writer commits.
/// Not thread-safe: <see cref="SearchIndex"/> hands each thread its own reader from a pool.
/// </summary>
internal sealed class IndexReader : IDisposable
{
    /// <summary>FTS5 highlight markers; control characters never survive into indexed text (see Words.Clean).</summary>
    public const char MarkStart = '\u0001';
    public const char MarkEnd = '\u0002';

    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);
    private SqliteTransaction? transaction;

    public IndexReader(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
    }

    public IDisposable BeginRead()
    {
        transaction = connection.BeginTransaction(deferred: true);
        return new ReadScope(this);
    }

    private sealed class ReadScope(IndexReader reader) : IDisposable
    {
        public void Dispose()
        {
            reader.transaction?.Dispose();
            reader.transaction = null;
        }
    }

    public long ReadVersion() =>
        long.Parse((string)Statement("SELECT value FROM meta WHERE key = 'version'").ExecuteScalar()!, CultureInfo.InvariantCulture);

    /// <summary>Every matching rowid in ascending order, unranked: phrases and title searches the in-memory postings cannot answer.</summary>
    public List<int> Match(string ftsExpression, int limit = int.MaxValue)
    {
        var cmd = Statement($"SELECT rowid FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH $q LIMIT $limit", "$q", "$limit");
        cmd.Parameters[0].Value = ftsExpression;
        cmd.Parameters[1].Value = limit;
        var result = new List<int>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) result.Add((int)reader.GetInt64(0));
        return result;
    }

    /// <summary>The given rowids that match the expression (FTS5 seeks each rowid rather than reading the whole match).</summary>
    public List<int> MatchAmong(string ftsExpression, IReadOnlyCollection<int> rowids)
    {
        var cmd = Statement($"SELECT rowid FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH $q AND rowid IN (SELECT value FROM json_each($ids))", "$q", "$ids");
        cmd.Parameters[0].Value = ftsExpression;
        cmd.Parameters[1].Value = "[" + string.Join(',', rowids) + "]";
        var result = new List<int>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) result.Add((int)reader.GetInt64(0));
        return result;
    }

    /// <summary>
    /// Text, lead-in and links of the given chunks, with matches of <paramref name="ftsExpression"/> wrapped in
    /// <see cref="MarkStart"/>/<see cref="MarkEnd"/> (raw, not escaped). One statement for the whole page; chunks the
    /// expression does not match (or a null expression) come back unmarked.
    /// </summary>
    public Dictionary<int, (string Text, string? LeadIn, string? Links)> Highlight(string? ftsExpression, IReadOnlyCollection<int> rowids)
    {
        var result = new Dictionary<int, (string, string?, string?)>();
        var ids = "[" + string.Join(',', rowids) + "]";
        if (ftsExpression is not null)
        {
            var marked = Statement($"""
                SELECT {IndexSchema.Fts}.rowid, highlight({IndexSchema.Fts}, {IndexSchema.TextColumn}, char(1), char(2)),
                       highlight({IndexSchema.Fts}, 1, char(1), char(2)), c.links
                FROM {IndexSchema.Fts} JOIN chunks c ON c.rowid = {IndexSchema.Fts}.rowid
                WHERE {IndexSchema.Fts} MATCH $q AND {IndexSchema.Fts}.rowid IN (SELECT value FROM json_each($ids))
                """, "$q", "$ids");
            marked.Parameters[0].Value = ftsExpression;
            marked.Parameters[1].Value = ids;
            Read(marked, result);
        }
        if (result.Count < rowids.Count)
        {
            var plain = Statement("SELECT rowid, text, lead_in, links FROM chunks WHERE rowid IN (SELECT value FROM json_each($ids))", "$ids");
            plain.Parameters[0].Value = ids;
            Read(plain, result);
        }
        return result;
    }

    private static void Read(SqliteCommand cmd, Dictionary<int, (string, string?, string?)> into)
    {
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            into.TryAdd((int)reader.GetInt64(0), (reader.IsDBNull(1) ? "" : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
    }

    /// <summary>Runs an ad-hoc read (listing pages, exports): not the hot path.</summary>
    public SqliteDataReader Query(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = Statement(sql, parameters.Select(p => p.Name).ToArray());
        for (var i = 0; i < parameters.Length; i++) cmd.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        return cmd.ExecuteReader();
    }

    public object? Scalar(string sql)
    {
        var cmd = Statement(sql);
        return cmd.ExecuteScalar();
    }

    private SqliteCommand Statement(string sql, params string[] parameterNames)
    {
        if (!statements.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var name in parameterNames) cmd.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            statements[sql] = cmd;
        }
        cmd.Transaction = transaction;
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in statements.Values) cmd.Dispose();
        transaction?.Dispose();
        connection.Dispose();
    }
}
