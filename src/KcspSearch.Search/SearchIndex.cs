using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using KcspSearch.Minutes.Model;
using KcspSearch.Search.Index;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search;

/// <summary>
/// The search index on disk: <c>{directory}/kcsp.db</c>, SQLite in WAL mode with an FTS5 table over the chunks.
/// One writer at a time (calls are serialised), any number of concurrent readers (see <see cref="SearchEngine"/>).
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly SqliteConnection writeConnection;
    private readonly IndexWriter writer;
    private readonly Lock writeLock = new();
    private readonly ConcurrentBag<IndexReader> readers = [];
    private readonly string connectionString;
    private bool disposed;

    private SearchIndex(string directory)
    {
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, IndexSchema.FileName);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        writeConnection = new SqliteConnection(connectionString);
        writeConnection.Open();
        // WAL: readers never block the writer nor see half a document; NORMAL sync is crash-safe in WAL mode.
        Pragma(writeConnection, "PRAGMA journal_mode = WAL");
        Pragma(writeConnection, "PRAGMA synchronous = NORMAL");
        Pragma(writeConnection, "PRAGMA foreign_keys = ON");
        SchemaMigrator.Ensure(writeConnection);
        writer = new IndexWriter(writeConnection);
    }

    /// <summary>The folder holding <c>kcsp.db</c>.</summary>
    public string Directory { get; }

    public string DatabasePath { get; }

    /// <summary>Opens the index in <paramref name="directory"/>, creating it (and the folder) when missing and rebuilding an older schema.</summary>
    public static SearchIndex Open(string directory) => new(directory);

    /// <summary>Changes on every committed write, from this process or another: a key for ETags and caches.</summary>
    public long Version => WithReader(r =>
    {
        using (r.BeginRead()) return r.ReadVersion();
    });

    /// <summary>Adds or replaces one document's meeting in a single transaction; an unchanged content hash is skipped.</summary>
    public IndexResult IndexMeeting(Meeting meeting, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(source);
        var written = IndexMeetings([new IndexWrite(meeting, source)])[0];
        if (written.Error is { } error) ExceptionDispatchInfo.Throw(error);
        return written.Result!;
    }

    /// <summary>
    /// Adds or replaces several documents' meetings (group commit): all in one transaction, so one commit and one new
    /// index version, when every one of them can be written; otherwise each in its own, so a document that cannot be
    /// written fails alone. Readers never see half a document. Returns each write's result or the error that kept it out.
    /// </summary>
    public IReadOnlyList<IndexWriteResult> IndexMeetings(IReadOnlyList<IndexWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        lock (writeLock)
        {
            try
            {
                return writer.IndexMeetings(writes).Select(r => new IndexWriteResult(r, null)).ToList();
            }
            catch (Exception) when (writes.Count > 1)
            {
                // Nothing of the group is in: write each alone, so one document's failure stays its own.
                return writes.Select(WriteAlone).ToList();
            }
            catch (Exception e)
            {
                return [new IndexWriteResult(null, e)];
            }
        }
    }

    private IndexWriteResult WriteAlone(IndexWrite write)
    {
        try
        {
            return new IndexWriteResult(writer.IndexMeetings([write])[0], null);
        }
        catch (Exception e)
        {
            return new IndexWriteResult(null, e);
        }
    }

    /// <summary>Removes everything indexed from the document with this key; false when there is none.</summary>
    public bool RemoveDocument(string key)
    {
        lock (writeLock) return writer.RemoveDocument(key);
    }

    /// <summary>True when a document with this content hash is already indexed (under any key).</summary>
    public bool HasContent(string contentHash) => WithReader(r =>
    {
        using (r.BeginRead())
        using (var q = r.Query("SELECT 1 FROM documents WHERE content_hash = $h LIMIT 1", ("$h", contentHash)))
            return q.Read();
    });

    public IndexStats GetStats() => WithReader(r =>
    {
        using (r.BeginRead())
        {
            int Count(string table) => Convert.ToInt32(r.Scalar($"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);
            var last = r.Scalar("SELECT value FROM meta WHERE key = 'last_ingest'") as string;
            var bytes = new[] { "", "-wal", "-shm" }.Select(s => new FileInfo(DatabasePath + s)).Where(f => f.Exists).Sum(f => f.Length);
            return new IndexStats(Count("documents"), Count("meetings"), Count("chunks"), bytes,
                last is null ? null : DateTimeOffset.Parse(last, CultureInfo.InvariantCulture), r.ReadVersion());
        }
    });

    /// <summary>Checks SQLite's and FTS5's integrity and that tables and the FTS index agree.</summary>
    public VerifyReport Verify()
    {
        lock (writeLock) return IndexVerifier.Verify(writeConnection);
    }

    /// <summary>Every chunk in document order, for <c>kcsp export --jsonl</c>; restricted ones only when asked.</summary>
    public IEnumerable<ExportedChunk> ExportChunks(bool includeRestricted)
    {
        var reader = RentReader();
        try
        {
            using (reader.BeginRead())
            {
                foreach (var chunk in IndexExporter.Export(reader, includeRestricted)) yield return chunk;
            }
        }
        finally
        {
            ReturnReader(reader);
        }
    }

    internal T WithReader<T>(Func<IndexReader, T> action)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var reader = RentReader();
        try
        {
            return action(reader);
        }
        finally
        {
            ReturnReader(reader);
        }
    }

    private IndexReader RentReader() => readers.TryTake(out var reader) ? reader : new IndexReader(connectionString);

    private void ReturnReader(IndexReader reader)
    {
        if (disposed) reader.Dispose();
        else readers.Add(reader);
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        while (readers.TryTake(out var reader)) reader.Dispose();
        lock (writeLock) writeConnection.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
    }
}
