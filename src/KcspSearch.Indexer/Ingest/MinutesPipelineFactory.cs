using KcspSearch.Minutes;

namespace KcspSearch.Indexer.Ingest;

/// <summary>The one place the indexer builds the minutes pipeline (the CLI, the worker and the API share it).</summary>
public static class MinutesPipelineFactory
{
    public static MinutesPipeline Create(MinutesOptions options) =>
        throw new NotSupportedException("The minutes pipeline (extractors, parsers, enrichment, chunker) is not available in this build.");
}
