namespace KcspSearch.Search.Index;

/// <summary>
/// The one declaration of the index layout: tables, the FTS5 columns, their BM25 weights and the tokenizer.
/// Writer and reader both use it, so what is indexed is what is searched.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Bump when the layout changes: an older index is rebuilt (its documents must be re-ingested).</summary>
    public const int Version = 2;

    public const string FileName = "kcsp.db";
    public const string Fts = "chunks_fts";
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    /// <summary>FTS5 columns in declaration order; each is also a column of <c>chunks</c> (external content).</summary>
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
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            committee TEXT NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT,
            venue TEXT,
            status TEXT NOT NULL,
            format TEXT NOT NULL,
            attendees TEXT NOT NULL)
        """,
        """
        CREATE TABLE items (
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            ordinal INTEGER NOT NULL,
            minute_number TEXT,
            agenda_code TEXT,
            title TEXT NOT NULL,
            restricted INTEGER NOT NULL,
            procedural INTEGER NOT NULL,
            description TEXT,
            topics TEXT NOT NULL,
            speakers TEXT NOT NULL,
            resolutions TEXT NOT NULL,
            documents TEXT NOT NULL,
            PRIMARY KEY (meeting_id, ordinal))
        """,
        // Chunk ids are unique by construction ({meeting}/{item}/{paragraph}, numbered within a meeting by the
        // chunker) and never looked up: no index on them.
        """
        CREATE TABLE chunks (
            rowid INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL,
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            item_ordinal INTEGER,
            paragraph TEXT NOT NULL,
            kind TEXT NOT NULL,
            restricted INTEGER NOT NULL,
            speaker_ids TEXT NOT NULL,
            topic_ids TEXT NOT NULL,
            links TEXT NOT NULL,
            text TEXT NOT NULL,
            lead_in TEXT,
            title TEXT,
            speakers TEXT)
        """,
        "CREATE INDEX chunks_meeting ON chunks(meeting_id, item_ordinal)",
        """
        CREATE TABLE people (
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            person_id TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT,
            organisation TEXT,
            is_office INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, person_id))
        """,
        """
        CREATE TABLE acronyms (
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            short TEXT NOT NULL,
            expansion TEXT NOT NULL,
            PRIMARY KEY (meeting_id, short))
        """,
        // Every meeting added or removed, by index version: readers update their in-memory index from it
        // instead of reloading everything.
        "CREATE TABLE changes (version INTEGER NOT NULL, meeting_id TEXT NOT NULL)",
        "CREATE INDEX changes_version ON changes(version)",
        // No prefix indexes: prefix queries are rare and the engine expands them from its own term list.
        $"""
        CREATE VIRTUAL TABLE {Fts} USING fts5(
            {string.Join(", ", Columns.Select(c => c.Name))},
            content='chunks', content_rowid='rowid',
            tokenize='{Tokenizer}')
        """,
    ];

    public static string FtsColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

/// <summary>An FTS5 column and its bm25 weight.</summary>
internal sealed record FtsColumn(string Name, double Weight);
