namespace KcspSearch.Indexer.Ingest;

/// <summary>The points between the steps of ingesting an inbox file, where <see cref="IIngestStepObserver"/> is told.</summary>
public enum IngestStep
{
    /// <summary>Moved from the inbox into the claim folder.</summary>
    Claimed,
    /// <summary>Extracted, parsed, enriched and chunked; not yet indexed.</summary>
    Parsed,
    /// <summary>Committed to the index; not yet moved to processed/ or failed/.</summary>
    Indexed,
}
