using KcspSearch.Search.Index;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Tests.Support;

/// <summary>Direct access to an index's database and a freshly loaded snapshot, for checking the engine against FTS5 itself.</summary>
internal static class IndexFiles
{
    public static SqliteConnection Open(SearchIndex index)
    {
        var connection = new SqliteConnection($"Data Source={index.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>A full load of the index as it is now.</summary>
    public static IndexSnapshot Snapshot(SearchIndex index) => index.WithReader(reader =>
    {
        using (reader.BeginRead()) return new SnapshotLoader(new FtsStemmer()).Load(reader, reader.ReadVersion());
    });

    public static List<(string Term, int Documents)> Fts5Terms(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, {IndexSchema.Fts}, row)";
        cmd.ExecuteNonQuery();
        cmd.CommandText = "SELECT term, doc FROM temp.terms";
        var result = new List<(string, int)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) result.Add((reader.GetString(0), reader.GetInt32(1)));
        return result;
    }

    /// <summary>FTS5's stored size (tokens over all columns) of every row.</summary>
    public static Dictionary<int, int> Fts5Sizes(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT id, sz FROM {IndexSchema.Fts}_docsize";
        var result = new Dictionary<int, int>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var blob = (byte[])reader.GetValue(1);
            var total = 0;
            for (var i = 0; i < blob.Length;)
            {
                // SQLite varints, one per column.
                var value = 0;
                byte b;
                do
                {
                    b = blob[i++];
                    value = (value << 7) | (b & 0x7F);
                } while ((b & 0x80) != 0 && i < blob.Length);
                total += value;
            }
            result[(int)reader.GetInt64(0)] = total;
        }
        return result;
    }
}
