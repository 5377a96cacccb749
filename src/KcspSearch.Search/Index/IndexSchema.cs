namespace KcspSearch.Search.Index;

/// <summary>
/// The one declaration of the index layout: tables, the FTS5 columns, their bm25 weights and the tokenizer.
/// Writer and reader both use it, so what is indexed is what is searched.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Bump when the layout changes: an older index is rebuilt (its documents must be re-ingested).</summary>
    public const int Version = 1;

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

    public static string Bm25Call => $"bm25({Fts}, {string.Join(", ", Columns.Select(c => c.Weight.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture)))})";

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
        """
        CREATE TABLE chunks (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
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
        CREATE TABLE chunk_topics (
            chunk_rowid INTEGER NOT NULL REFERENCES chunks(rowid),
            topic_id TEXT NOT NULL,
            PRIMARY KEY (topic_id, chunk_rowid))
        """,
        """
        CREATE TABLE acronyms (
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            short TEXT NOT NULL,
            expansion TEXT NOT NULL,
            PRIMARY KEY (meeting_id, short))
        """,
        // Surface words with document frequencies (public and all), for "did you mean" and suggest:
        // fts5vocab over the porter index only knows stems ("homicid"), and cannot leave restricted text out.
        """
        CREATE TABLE vocabulary (
            word TEXT PRIMARY KEY,
            df_public INTEGER NOT NULL,
            df_all INTEGER NOT NULL) WITHOUT ROWID
        """,
        $"""
        CREATE VIRTUAL TABLE {Fts} USING fts5(
            {string.Join(", ", Columns.Select(c => c.Name))},
            content='chunks', content_rowid='rowid',
            tokenize='{Tokenizer}', prefix='2 3')
        """,
    ];

    public static string FtsColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

/// <summary>An FTS5 column and its bm25 weight.</summary>
internal sealed record FtsColumn(string Name, double Weight);
