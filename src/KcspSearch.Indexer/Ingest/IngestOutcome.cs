namespace KcspSearch.Indexer.Ingest;

/// <summary>What happened to one document.</summary>
public enum IngestOutcome
{
    Added,
    Updated,
    /// <summary>Same key and same content as already indexed.</summary>
    Unchanged,
    /// <summary>The document could not be read as minutes; <see cref="IngestResult.Reason"/> says why.</summary>
    Failed,
}
