using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Index;

/// <summary>The checks behind <c>kcsp verify</c>: SQLite's own, FTS5's own, and that the tables agree with each other.</summary>
internal static class IndexVerifier
{
    private static readonly (string Sql, string Problem)[] ConsistencyChecks =
    [
        ("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.document_id = d.id)", "documents without a meeting"),
        ("SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id)", "meetings without a document"),
        ("SELECT count(*) FROM items i WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.key = i.meeting)", "items without a meeting"),
        ("SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.key = p.meeting)", "people without a meeting"),
        ("SELECT count(*) FROM acronyms a WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.key = a.meeting)", "acronyms without a meeting"),
        ("SELECT count(*) FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.key = c.meeting)", "chunks without a meeting"),
        ("SELECT count(*) FROM chunks c WHERE c.item_ordinal IS NOT NULL AND NOT EXISTS (SELECT 1 FROM items i WHERE i.meeting = c.meeting AND i.ordinal = c.item_ordinal)", "chunks without an item"),
        // A lead-in points at an earlier chunk of the same meeting, which goes with it.
        ("SELECT count(*) FROM chunks c WHERE c.lead_in_chunk IS NOT NULL AND NOT EXISTS (SELECT 1 FROM chunks l WHERE l.rowid = c.lead_in_chunk AND l.meeting = c.meeting)", "lead-ins pointing at no chunk of their meeting"),
        ($"SELECT count(*) FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM {IndexSchema.Fts}_docsize s WHERE s.id = c.rowid)", "chunks missing from the full-text index"),
        ($"SELECT count(*) FROM {IndexSchema.Fts}_docsize s WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.rowid = s.id)", "full-text entries without a chunk"),
        ("SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.meeting_id = m.id)", "meetings missing from the change log"),
    ];

    public static VerifyReport Verify(SqliteConnection connection)
    {
        var problems = new List<string>();
        using var cmd = connection.CreateCommand();

        cmd.CommandText = "PRAGMA integrity_check";
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                if (reader.GetString(0) != "ok") problems.Add($"integrity_check: {reader.GetString(0)}");

        // rank = 1 also compares the index with the content table (external content).
        cmd.CommandText = $"INSERT INTO {IndexSchema.Fts}({IndexSchema.Fts}, rank) VALUES ('integrity-check', 1)";
        try
        {
            cmd.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            problems.Add($"FTS5 integrity-check: {e.Message}");
        }

        foreach (var (sql, problem) in ConsistencyChecks)
        {
            cmd.CommandText = sql;
            var count = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (count > 0) problems.Add($"{count} {problem}");
        }
        return new VerifyReport(problems);
    }
}
