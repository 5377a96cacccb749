using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Index;

/// <summary>Streams chunks in the <c>kcsp export --jsonl</c> shape.</summary>
internal static class IndexExporter
{
    public static IEnumerable<ExportedChunk> Export(IndexReader reader, bool includeRestricted)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var people = reader.Query("SELECT person_id, name FROM people ORDER BY length(name)"))
            while (people.Read()) names[people.GetString(0)] = people.GetString(1);

        using var rows = reader.Query($"""
            SELECT {IndexSchema.ChunkIdSql}, m.date, m.committee, i.title, c.speaker_ids, c.topic_ids, c.kind, c.text, c.restricted
            FROM chunks c JOIN meetings m ON m.key = c.meeting LEFT JOIN items i ON i.meeting = c.meeting AND i.ordinal = c.item_ordinal
            ORDER BY m.date, m.id, c.rowid
            """);
        while (rows.Read())
        {
            if (!includeRestricted && rows.GetInt64(8) != 0) continue;
            var speakers = Json.ReadList(Nullable(rows, 4)).Select(s => names.GetValueOrDefault(s, s)).ToList();
            yield return new ExportedChunk(
                rows.GetString(0),
                DateOnly.ParseExact(rows.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                rows.GetString(2),
                rows.IsDBNull(3) ? null : rows.GetString(3),
                speakers.Count == 0 ? null : string.Join(", ", speakers),
                Json.ReadList(Nullable(rows, 5)),
                ChunkKinds.FromCode(rows.GetInt64(6)),
                rows.GetString(7));
        }
    }

    private static string? Nullable(SqliteDataReader rows, int ordinal) => rows.IsDBNull(ordinal) ? null : rows.GetString(ordinal);
}
