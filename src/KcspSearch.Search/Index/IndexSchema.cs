using KcspSearch.Minutes.Model;

namespace KcspSearch.Search.Index;

/// <summary>
/// The one declaration of the index layout: tables, the FTS5 columns, their BM25 weights and the tokenizer.
/// Writer and reader both use it, so what is indexed is what is searched.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Bump when the layout changes: an older index is rebuilt (its documents must be re-ingested).</summary>
    public const int Version = 3;

    public const string FileName = "kcsp.db";
    public const string Fts = "chunks_fts";
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    /// <summary>FTS5 columns in declaration order; each is also a column of <see cref="Content"/> (external content).</summary>
    public static readonly IReadOnlyList<FtsColumn> Columns =
    [
        new("text", 1.0),
        new("lead_in", 0.5),
        // Item titles name the subject: a title match says more than a passing mention.
        new("title", 4.0),
        new("speakers", 2.0),
    ];

    public const int TextColumn = 0;
    public const int TitleColumn = 2;

    /// <summary>Column weights are whole multiples of this, so a chunk's weighted term frequency is a small integer (see <see cref="Units"/>).</summary>
    public const double WeightUnit = 0.5;

    /// <summary>Each column's weight in <see cref="WeightUnit"/>s: 2, 1, 8, 4.</summary>
    public static readonly int[] Units = Columns.Select(c => (int)Math.Round(c.Weight / WeightUnit)).ToArray();

    /// <summary>The view FTS5 reads its columns from (external content): a chunk's text, lead-in, item title and speakers.</summary>
    public const string Content = "chunks_content";

    // Size matters as much as speed here (the index should stay within twice the text it holds): meetings are
    // referred to by an integer key, composite keys are WITHOUT ROWID tables (no second copy of the key), a chunk's
    // item title is joined in by a view rather than stored per chunk, and what can be derived is not stored twice:
    // regular chunk ids, lead-ins that are an earlier chunk's text, resolutions that are the resolution chunks' texts.
    public static readonly string[] CreateStatements =
    [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            file_name TEXT,
            meeting_id TEXT NOT NULL,
            indexed_at TEXT NOT NULL)
        """,
        "CREATE INDEX documents_hash ON documents(content_hash)",
        """
        CREATE TABLE meetings (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            committee TEXT NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT,
            venue TEXT,
            status TEXT NOT NULL,
            format TEXT NOT NULL,
            attendees TEXT NOT NULL)
        """,
        // resolutions: a JSON list, or NULL when the list is the texts of the item's resolution chunks in order.
        """
        CREATE TABLE items (
            meeting INTEGER NOT NULL REFERENCES meetings(key),
            ordinal INTEGER NOT NULL,
            minute_number TEXT,
            agenda_code TEXT,
            title TEXT NOT NULL,
            restricted INTEGER NOT NULL,
            procedural INTEGER NOT NULL,
            description TEXT,
            topics TEXT NOT NULL,
            speakers TEXT NOT NULL,
            resolutions TEXT,
            documents TEXT NOT NULL,
            PRIMARY KEY (meeting, ordinal)) WITHOUT ROWID
        """,
        // id: NULL when it is {meeting id}/{item ordinal or 0}/{paragraph}, as the chunker makes nearly all of them.
        // kind: the index in ChunkKinds.Names. speaker_ids, topic_ids, links: JSON lists, NULL when empty.
        // lead_in_chunk: the earlier chunk of the meeting whose text is this chunk's lead-in (lead_in is then NULL).
        // speakers: "{name} {person id}" for each speaker (the FTS5 column), NULL when none.
        """
        CREATE TABLE chunks (
            rowid INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT,
            meeting INTEGER NOT NULL REFERENCES meetings(key),
            item_ordinal INTEGER,
            paragraph TEXT NOT NULL,
            kind INTEGER NOT NULL,
            restricted INTEGER NOT NULL,
            speaker_ids TEXT,
            topic_ids TEXT,
            links TEXT,
            text TEXT NOT NULL,
            lead_in TEXT,
            lead_in_chunk INTEGER,
            speakers TEXT)
        """,
        "CREATE INDEX chunks_meeting ON chunks(meeting, item_ordinal)",
        """
        CREATE TABLE people (
            meeting INTEGER NOT NULL REFERENCES meetings(key),
            person_id TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT,
            organisation TEXT,
            is_office INTEGER NOT NULL,
            PRIMARY KEY (meeting, person_id)) WITHOUT ROWID
        """,
        """
        CREATE TABLE acronyms (
            meeting INTEGER NOT NULL REFERENCES meetings(key),
            short TEXT NOT NULL,
            expansion TEXT NOT NULL,
            PRIMARY KEY (meeting, short)) WITHOUT ROWID
        """,
        // Every meeting added or removed, by index version: readers update their in-memory index from it
        // instead of reloading everything. Meeting ids, not keys: a removed meeting's key is gone.
        "CREATE TABLE changes (version INTEGER NOT NULL, meeting_id TEXT NOT NULL)",
        "CREATE INDEX changes_version ON changes(version)",
        // The FTS5 columns of each chunk, and its meeting (to find a meeting's rows).
        $"""
        CREATE VIEW {Content} (rowid, meeting, text, lead_in, title, speakers) AS
        SELECT c.rowid, c.meeting, c.text, {LeadInSql}, i.title, c.speakers
        FROM chunks c LEFT JOIN items i ON i.meeting = c.meeting AND i.ordinal = c.item_ordinal
        """,
        // No prefix indexes: prefix queries are rare and the engine expands them from its own term list.
        $"""
        CREATE VIRTUAL TABLE {Fts} USING fts5(
            {string.Join(", ", Columns.Select(c => c.Name))},
            content='{Content}', content_rowid='rowid',
            tokenize='{Tokenizer}')
        """,
    ];

    // Expressions for what is derived rather than stored, over chunks c, meetings m and items i.

    /// <summary>A chunk's id: stored when irregular, else {meeting id}/{item ordinal or 0}/{paragraph}.</summary>
    public const string ChunkIdSql = "coalesce(c.id, m.id || '/' || coalesce(c.item_ordinal, 0) || '/' || c.paragraph)";

    /// <summary>A chunk's lead-in: stored, or the text of the chunk it points at.</summary>
    public const string LeadInSql = "coalesce(c.lead_in, (SELECT l.text FROM chunks l WHERE l.rowid = c.lead_in_chunk))";

    /// <summary>An item's resolutions (a JSON list): stored, or the texts of its resolution chunks in order.</summary>
    public static readonly string ResolutionsSql = $"""
        coalesce(i.resolutions, (SELECT json_group_array(r.text ORDER BY r.rowid) FROM chunks r
                                 WHERE r.meeting = i.meeting AND r.item_ordinal = i.ordinal AND r.kind = {ChunkKinds.Code(ChunkKind.Resolution)}))
        """;

    public static string FtsColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

/// <summary>An FTS5 column and its bm25 weight.</summary>
internal sealed record FtsColumn(string Name, double Weight);
