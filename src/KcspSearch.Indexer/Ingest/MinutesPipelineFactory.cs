using KcspSearch.Minutes;
using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Minutes.Parsing.Printed;

namespace KcspSearch.Indexer.Ingest;

/// <summary>The one place the indexer builds the minutes pipeline (the CLI, the worker and the API share it).</summary>
public static class MinutesPipelineFactory
{
    public static MinutesPipeline Create(MinutesOptions options)
    {
        var taxonomy = TopicTaxonomy.Load(options);
        return new MinutesPipeline(
            new DocumentTypeDetector(),
            [new PdfToTextExtractor(options), new HtmlExtractor(), new DocxExtractor(options), new PlainTextExtractor()],
            [new ModernGovHtmlParser(), new ModernGovTextParser(), new PrintedMinutesParser()],
            new MeetingEnricher(taxonomy, AcronymGlossary.Load(options)),
            new Chunker(taxonomy),
            options);
    }
}
