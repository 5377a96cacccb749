using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Index;

/// <summary>
/// Creates the schema in a new file and rebuilds an index written by an older layout. The index is derived
/// data, so the rebuild path drops it and starts empty; the worker then re-ingests the inbox.
/// </summary>
internal static class SchemaMigrator
{
    public static void Ensure(SqliteConnection connection)
    {
        var version = ReadSchemaVersion(connection);
        if (version == IndexSchema.Version) return;
        if (version is not null) DropEverything(connection);

        using var tx = connection.BeginTransaction();
        foreach (var statement in IndexSchema.CreateStatements) Execute(connection, tx, statement);
        Execute(connection, tx, $"INSERT INTO meta (key, value) VALUES ('schema_version', '{IndexSchema.Version}'), ('version', '1')");
        tx.Commit();
    }

    private static int? ReadSchemaVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'";
        if (Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            return HasAnyTable(connection) ? 0 : null;
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        return cmd.ExecuteScalar() is string s && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : 0;
    }

    private static bool HasAnyTable(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table'";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static void DropEverything(SqliteConnection connection)
    {
        using var list = connection.CreateCommand();
        list.CommandText = "SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE TABLE ''%'";
        var objects = new List<(string Type, string Name)>();
        using (var reader = list.ExecuteReader())
            while (reader.Read()) objects.Add((reader.GetString(0).ToUpperInvariant(), reader.GetString(1)));

        // Whole tables go, so references between them need not be checked on the way.
        Execute(connection, null, "PRAGMA foreign_keys = OFF");
        using (var tx = connection.BeginTransaction())
        {
            // Virtual tables first (dropping one drops its shadow tables), then views, then tables.
            foreach (var (type, name) in objects.OrderByDescending(o => o.Name == IndexSchema.Fts).ThenByDescending(o => o.Type == "VIEW"))
                Execute(connection, tx, $"DROP {type} IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            tx.Commit();
        }
        Execute(connection, null, "PRAGMA foreign_keys = ON");
        Execute(connection, null, "VACUUM");
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
