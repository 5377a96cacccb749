using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Index;

/// <summary>
/// Stems words with FTS5's own tokenizer (<see cref="IndexSchema.Tokenizer"/>), run on a private in-memory table, so
/// the engine's postings hold exactly the terms FTS5 holds without a second porter implementation. Thread-safe.
/// </summary>
internal sealed class FtsStemmer : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly Lock gate = new();

    public FtsStemmer()
    {
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            CREATE VIRTUAL TABLE words USING fts5(word, tokenize='{IndexSchema.Tokenizer}');
            CREATE VIRTUAL TABLE words_instance USING fts5vocab(words, instance);
            """;
        cmd.ExecuteNonQuery();
    }

    /// <summary>The FTS5 term of each word (its first token), or null for a word FTS5 finds no token in.</summary>
    public string?[] Stem(IReadOnlyList<string> words)
    {
        var stems = new string?[words.Count];
        if (words.Count == 0) return stems;
        lock (gate)
        {
            // Written and read inside one transaction that is never committed: the table stays empty.
            using var tx = connection.BeginTransaction();
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = tx;
                insert.CommandText = "INSERT INTO words (rowid, word) VALUES ($id, $word)";
                var id = insert.Parameters.Add(new SqliteParameter("$id", 0));
                var word = insert.Parameters.Add(new SqliteParameter("$word", ""));
                for (var i = 0; i < words.Count; i++)
                {
                    id.Value = i + 1;
                    word.Value = words[i];
                    insert.ExecuteNonQuery();
                }
            }
            using (var read = connection.CreateCommand())
            {
                read.Transaction = tx;
                read.CommandText = "SELECT doc, term FROM words_instance WHERE offset = 0";
                using var reader = read.ExecuteReader();
                while (reader.Read()) stems[reader.GetInt64(0) - 1] = reader.GetString(1);
            }
            tx.Rollback();
        }
        return stems;
    }

    public void Dispose() => connection.Dispose();
}
