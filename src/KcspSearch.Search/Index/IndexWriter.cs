using System.Globalization;
using KcspSearch.Minutes.Model;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Index;

/// <summary>
/// The single writer: each call is one transaction, so readers see a document wholly or not at all. Several documents
/// may share a transaction (group commit): one commit and one index version for all of them.
/// Not thread-safe by itself; <see cref="SearchIndex"/> serialises calls.
/// </summary>
internal sealed class IndexWriter(SqliteConnection connection)
{
    public IReadOnlyList<IndexResult> IndexMeetings(IReadOnlyList<IndexWrite> writes)
    {
        using var tx = connection.BeginTransaction();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var results = new IndexResult[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            if (write.Reindex && FindDocument(tx, write.Source.Key) is { } earlier)
            {
                RemoveDocumentRows(tx, earlier.Id, earlier.MeetingId);
                touched.Add(earlier.MeetingId);
            }
            results[i] = IndexMeeting(tx, write.Meeting, write.Rows, write.Source, touched);
        }
        // Nothing changed (every document unchanged): no commit, no new version.
        if (touched.Count == 0) return results;
        BumpVersion(tx, touched);
        tx.Commit();
        return results;
    }

    private IndexResult IndexMeeting(SqliteTransaction tx, Meeting meeting, MeetingRows rows, SourceInfo source, HashSet<string> touched)
    {
        var existing = FindDocument(tx, source.Key);
        if (existing is { } doc && doc.Hash == source.ContentHash && doc.MeetingId == meeting.Id)
            return new IndexResult(IndexOutcome.Unchanged, meeting.Id, CountChunks(tx, meeting.Id));

        var replaced = existing is not null;
        touched.Add(meeting.Id);
        if (existing is { } old)
        {
            RemoveDocumentRows(tx, old.Id, old.MeetingId);
            touched.Add(old.MeetingId);
        }
        // The same meeting from another file (its PDF and its HTML page): the latest file wins.
        if (MeetingDocument(tx, meeting.Id) is { } other)
        {
            RemoveDocumentRows(tx, other, meeting.Id);
            replaced = true;
        }

        var documentId = InsertDocument(tx, meeting.Id, source);
        var key = InsertMeeting(tx, meeting, rows, documentId);
        InsertChunks(tx, rows, key);
        InsertItems(tx, rows, key);
        return new IndexResult(replaced ? IndexOutcome.Updated : IndexOutcome.Added, meeting.Id, rows.Chunks.Count);
    }

    public bool RemoveDocument(string key)
    {
        using var tx = connection.BeginTransaction();
        if (FindDocument(tx, key) is not { } doc) return false;
        RemoveDocumentRows(tx, doc.Id, doc.MeetingId);
        BumpVersion(tx, [doc.MeetingId]);
        tx.Commit();
        return true;
    }

    private readonly record struct DocumentRow(long Id, string Hash, string MeetingId);

    private DocumentRow? FindDocument(SqliteTransaction tx, string key)
    {
        using var cmd = Command(tx, "SELECT id, content_hash, meeting_id FROM documents WHERE key = $key", ("$key", key));
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? new DocumentRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    private long? MeetingDocument(SqliteTransaction tx, string meetingId)
    {
        using var cmd = Command(tx, "SELECT document_id FROM meetings WHERE id = $id", ("$id", meetingId));
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    private int CountChunks(SqliteTransaction tx, string meetingId)
    {
        using var cmd = Command(tx, "SELECT count(*) FROM chunks WHERE meeting = (SELECT key FROM meetings WHERE id = $m)", ("$m", meetingId));
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void RemoveDocumentRows(SqliteTransaction tx, long documentId, string meetingId)
    {
        using (var find = Command(tx, "SELECT key FROM meetings WHERE id = $m", ("$m", meetingId)))
            if (find.ExecuteScalar() is long key)
            {
                // FTS5 removes a row by its old column values, read through the content view before any row goes.
                Execute(tx, $"""
                    INSERT INTO {IndexSchema.Fts}({IndexSchema.Fts}, rowid, {IndexSchema.FtsColumnList})
                    SELECT 'delete', rowid, {IndexSchema.FtsColumnList} FROM {IndexSchema.Content} WHERE meeting = $k
                    """, ("$k", key));
                foreach (var table in new[] { "chunks", "items", "people", "acronyms" })
                    Execute(tx, $"DELETE FROM {table} WHERE meeting = $k", ("$k", key));
                Execute(tx, "DELETE FROM meetings WHERE key = $k", ("$k", key));
            }
        Execute(tx, "DELETE FROM documents WHERE id = $d", ("$d", documentId));
    }

    private long InsertDocument(SqliteTransaction tx, string meetingId, SourceInfo source)
    {
        using var cmd = Command(tx, """
            INSERT INTO documents (key, content_hash, file_name, meeting_id, indexed_at)
            VALUES ($key, $hash, $file, $meeting, $at) RETURNING id
            """,
            ("$key", source.Key), ("$hash", source.ContentHash), ("$file", source.FileName), ("$meeting", meetingId),
            ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return (long)cmd.ExecuteScalar()!;
    }

    private long InsertMeeting(SqliteTransaction tx, Meeting meeting, MeetingRows rows, long documentId)
    {
        long key;
        using (var insert = Command(tx, """
            INSERT INTO meetings (id, document_id, committee, date, start_time, venue, status, format, attendees)
            VALUES ($id, $doc, $committee, $date, $time, $venue, $status, $format, $attendees) RETURNING key
            """,
            ("$id", meeting.Id), ("$doc", documentId), ("$committee", meeting.Committee),
            ("$date", rows.Date), ("$time", meeting.StartTime), ("$venue", meeting.Venue), ("$status", rows.Status),
            ("$format", rows.Format), ("$attendees", rows.Attendees)))
            key = (long)insert.ExecuteScalar()!;

        using (var person = Command(tx, """
            INSERT OR REPLACE INTO people (meeting, person_id, name, role, organisation, is_office)
            VALUES ($m, $id, $name, $role, $org, $office)
            """, ("$m", key), ("$id", ""), ("$name", ""), ("$role", null), ("$org", null), ("$office", 0)))
        {
            foreach (var p in meeting.People)
            {
                Set(person, "$id", p.PersonId); Set(person, "$name", p.Name); Set(person, "$role", p.Role);
                Set(person, "$org", p.Organisation); Set(person, "$office", p.IsOffice ? 1 : 0);
                person.ExecuteNonQuery();
            }
        }

        using (var acronym = Command(tx, "INSERT OR REPLACE INTO acronyms (meeting, short, expansion) VALUES ($m, $short, $exp)",
            ("$m", key), ("$short", ""), ("$exp", "")))
        {
            foreach (var a in meeting.Acronyms)
            {
                Set(acronym, "$short", a.Short); Set(acronym, "$exp", a.Expansion);
                acronym.ExecuteNonQuery();
            }
        }
        return key;
    }

    private void InsertItems(SqliteTransaction tx, MeetingRows rows, long key)
    {
        using var item = Command(tx, """
            INSERT INTO items (meeting, ordinal, minute_number, agenda_code, title, restricted, procedural, description,
                               topics, speakers, resolutions, documents)
            VALUES ($m, $ordinal, $minute, $agenda, $title, $restricted, $procedural, $description, $topics, $speakers, $resolutions, $documents)
            """, ("$m", key), ("$ordinal", 0), ("$minute", null), ("$agenda", null), ("$title", ""), ("$restricted", 0),
            ("$procedural", 0), ("$description", null), ("$topics", ""), ("$speakers", ""), ("$resolutions", null), ("$documents", ""));
        foreach (var row in rows.Items)
        {
            var it = row.Item;
            Set(item, "$ordinal", it.Ordinal); Set(item, "$minute", it.MinuteNumber); Set(item, "$agenda", it.AgendaCode);
            Set(item, "$title", row.Title); Set(item, "$restricted", it.Restricted ? 1 : 0);
            Set(item, "$procedural", it.Procedural ? 1 : 0); Set(item, "$description", it.Description);
            Set(item, "$topics", row.Topics); Set(item, "$speakers", row.Speakers);
            Set(item, "$resolutions", row.Resolutions); Set(item, "$documents", row.Documents);
            item.ExecuteNonQuery();
        }
    }

    /// <summary>The meeting's chunks and their FTS5 rows.</summary>
    private void InsertChunks(SqliteTransaction tx, MeetingRows rows, long key)
    {
        using var chunk = Command(tx, """
            INSERT INTO chunks (id, meeting, item_ordinal, paragraph, kind, restricted, speaker_ids, topic_ids, links,
                                text, lead_in, lead_in_chunk, speakers)
            VALUES ($id, $m, $ordinal, $paragraph, $kind, $restricted, $speakerIds, $topicIds, $links, $text, $leadIn, $leadInChunk, $speakers)
            RETURNING rowid
            """, ("$id", null), ("$m", key), ("$ordinal", null), ("$paragraph", ""), ("$kind", 0), ("$restricted", 0),
            ("$speakerIds", null), ("$topicIds", null), ("$links", null), ("$text", ""), ("$leadIn", null), ("$leadInChunk", null),
            ("$speakers", null));
        using var fts = Command(tx, $"""
            INSERT INTO {IndexSchema.Fts}(rowid, {IndexSchema.FtsColumnList}) VALUES ($rowid, $text, $leadIn, $title, $speakers)
            """, ("$rowid", 0), ("$text", ""), ("$leadIn", null), ("$title", null), ("$speakers", null));
        var rowids = new long[rows.Chunks.Count];
        for (var i = 0; i < rows.Chunks.Count; i++)
        {
            var c = rows.Chunks[i];
            long? leadInChunk = c.LeadInRow is { } parent ? rowids[parent] : null;
            Set(chunk, "$id", c.StoredId); Set(chunk, "$ordinal", c.Ordinal);
            Set(chunk, "$paragraph", c.Paragraph); Set(chunk, "$kind", ChunkKinds.Code(c.Kind));
            Set(chunk, "$restricted", c.Restricted ? 1 : 0); Set(chunk, "$speakerIds", c.SpeakerIds);
            Set(chunk, "$topicIds", c.TopicIds); Set(chunk, "$links", c.Links); Set(chunk, "$text", c.Text);
            Set(chunk, "$leadIn", leadInChunk is null ? c.LeadIn : null); Set(chunk, "$leadInChunk", leadInChunk);
            Set(chunk, "$speakers", c.Speakers);
            rowids[i] = (long)chunk.ExecuteScalar()!;

            Set(fts, "$rowid", rowids[i]); Set(fts, "$text", c.Text); Set(fts, "$leadIn", c.LeadIn);
            Set(fts, "$title", c.Title); Set(fts, "$speakers", c.Speakers);
            fts.ExecuteNonQuery();
        }
    }

    /// <summary>Moves the index to its next version, recording the meetings this version added or removed.</summary>
    private void BumpVersion(SqliteTransaction tx, IEnumerable<string> meetingIds)
    {
        Execute(tx, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'");
        foreach (var id in meetingIds.Distinct(StringComparer.Ordinal))
            Execute(tx, "INSERT INTO changes (version, meeting_id) SELECT CAST(value AS INTEGER), $m FROM meta WHERE key = 'version'", ("$m", id));
        Execute(tx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_ingest', $at)",
            ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
    }

    private SqliteCommand Command(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private void Execute(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    private static void Set(SqliteCommand cmd, string name, object? value) => cmd.Parameters[name].Value = value ?? DBNull.Value;
}
