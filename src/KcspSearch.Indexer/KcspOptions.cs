namespace KcspSearch.Indexer;

/// <summary>
/// Settings shared by the API, the worker and the CLI (configuration section <c>Kcsp</c>, e.g.
/// <c>Kcsp__IndexDirectory</c>), bound with <c>BindConfiguration("Kcsp")</c>; the CLI's <c>--index-dir</c> overrides.
/// </summary>
public sealed class KcspOptions
{
    public const string Section = "Kcsp";

    /// <summary>Folder holding the index (<c>kcsp.db</c>).</summary>
    public string IndexDirectory { get; set; } = "index-data";

    /// <summary>The worker's drop folder; <c>processed/</c> and <c>failed/</c> sit beside it.</summary>
    public string Inbox { get; set; } = "index-data/inbox";

    /// <summary>Committed sample minutes, indexed on first start when the index is empty.</summary>
    public string SamplesDirectory { get; set; } = "index-data/samples";

    /// <summary>Run the inbox worker inside the API.</summary>
    public bool RunIndexer { get; set; } = true;

    /// <summary>Unset: writes and restricted items are disabled.</summary>
    public string? ApiKey { get; set; }

    public string[] CorsOrigins { get; set; } = [];

    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Requests a client may make per minute.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Wrong API keys a client may send per minute before it is refused.</summary>
    public int FailedApiKeyAttemptsPerMinute { get; set; } = 5;

    /// <summary>Documents extracted and parsed at once; the index always has a single writer.</summary>
    public int MaxParallelism { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How often the worker rescans the inbox besides reacting to file-system events.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a file's size and time must stay unchanged before it counts as completely written.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);
}
