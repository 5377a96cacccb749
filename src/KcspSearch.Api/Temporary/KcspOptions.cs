namespace KcspSearch.Indexer;

/// <summary>Stand-in until the indexer's options land.</summary>
public sealed class KcspOptions
{
    public const string Section = "Kcsp";
    public string IndexDirectory { get; set; } = "index-data";
    public string Inbox { get; set; } = "index-data/inbox";
    public bool RunIndexer { get; set; } = true;
    public string? ApiKey { get; set; }
    public string[] CorsOrigins { get; set; } = [];
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;
    public int RequestsPerMinute { get; set; } = 600;
    public int FailedApiKeyAttemptsPerMinute { get; set; } = 5;
}
