using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Minutes.Parsing.Printed;

namespace KcspSearch.Minutes;

/// <summary>Extract → Parse → Enrich → Chunk for one document. The only entry point other projects need.</summary>
public sealed class MinutesPipeline(
    IDocumentTypeDetector detector,
    IEnumerable<IMinutesExtractor> extractors,
    IEnumerable<IMinutesParser> parsers,
    IMeetingEnricher enricher,
    IChunker chunker,
    MinutesOptions options)
{
    /// <summary>The standard pipeline: every extractor, the three parsers, enrichment from the committed config, the chunker.</summary>
    public static MinutesPipeline CreateDefault(MinutesOptions? options = null)
    {
        options ??= new MinutesOptions();
        var taxonomy = TopicTaxonomy.Load(options);
        return new MinutesPipeline(
            new DocumentTypeDetector(),
            [new PdfToTextExtractor(options), new HtmlExtractor(), new DocxExtractor(options), new PlainTextExtractor()],
            // The HTML parser before the text parser: a page's DOM says more than its text rendering.
            [new ModernGovHtmlParser(), new ModernGovTextParser(), new PrintedMinutesParser()],
            new MeetingEnricher(taxonomy, AcronymGlossary.Load(options)),
            new Chunker(taxonomy),
            options);
    }

    public async Task<Meeting> ProcessAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        var extracted = await ExtractAsync(source, cancellationToken);
        var parser = parsers.FirstOrDefault(p => p.CanParse(extracted))
            ?? throw new MinutesException(MinutesError.NotMinutes,
                $"{source.FileName}: no meeting heading or minutes structure found; this does not look like committee minutes.");
        return chunker.Chunk(enricher.Enrich(parser.Parse(extracted)));
    }

    public async Task<ExtractedDocument> ExtractAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        if (source.Content.Length == 0)
            throw new MinutesException(MinutesError.Empty, $"{source.FileName}: the file is empty.");
        if (source.Content.LongLength > options.MaxDocumentBytes)
            throw new MinutesException(MinutesError.TooLarge,
                $"{source.FileName}: {source.Content.LongLength:N0} bytes is over the limit of {options.MaxDocumentBytes:N0} bytes.");

        var type = detector.Detect(source);
        var extractor = extractors.FirstOrDefault(e => e.Handles == type)
            ?? throw new MinutesException(MinutesError.UnknownFormat,
                $"{source.FileName}: unknown file type; expected PDF, HTML, DOCX or plain text.");
        var extracted = await extractor.ExtractAsync(source, cancellationToken);
        return extracted with { FileName = source.FileName };
    }
}
