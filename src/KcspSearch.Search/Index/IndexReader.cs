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

    /// <summary>
    /// The searchable columns and links of the given chunks, in one statement. Item titles (a join in the content
    /// view) come from the snapshot, which loaded them from the same table: a join per row costs more than the read.
    /// </summary>
    public Dictionary<int, ChunkText> Texts(IReadOnlyCollection<int> rowids, IndexSnapshot snapshot)
    {
        var cmd = Statement($"""
            SELECT c.rowid, c.text, {IndexSchema.LeadInSql}, c.speakers, c.links
            FROM chunks c WHERE c.rowid IN (SELECT value FROM json_each($ids))
            """, "$ids");
        cmd.Parameters[0].Value = "[" + string.Join(',', rowids) + "]";
        var result = new Dictionary<int, ChunkText>(rowids.Count);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var rowid = (int)reader.GetInt64(0);
            var item = rowid < snapshot.Capacity ? snapshot.Item[rowid] : -1;
            result[rowid] = new ChunkText(reader.GetString(1), Nullable(reader, 2), item >= 0 ? snapshot.Items[item].Title : null,
                Nullable(reader, 3), Nullable(reader, 4));
        }
        return result;
    }

    private static string? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

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
