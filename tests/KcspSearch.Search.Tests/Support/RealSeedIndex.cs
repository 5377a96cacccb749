using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Parsing.Printed;
using KcspSearch.Tests;

namespace KcspSearch.Search.Tests.Support;

/// <summary>
/// The real printed seed (KCSP, 8 October 2019) indexed through the real pipeline stages: text extraction,
/// the printed-minutes parser, enrichment (speakers, topics, acronyms) and the chunker.
/// </summary>
public sealed class RealSeedIndex : IDisposable
{
    public const string PrintedSeed = "kcsp-2019-10-08.pdf-extract.txt";

    public RealSeedIndex()
    {
        Temp = new TempIndex();
        var source = SourceDocument.FromFile(SharedFiles.Seed(PrintedSeed));
        var extracted = new PlainTextExtractor().ExtractAsync(source).GetAwaiter().GetResult();
        var parsed = new PrintedMinutesParser().Parse(extracted with { FileName = source.FileName });
        var meeting = new Chunker(TopicTaxonomy.Default).Chunk(new MeetingEnricher(TopicTaxonomy.Default, AcronymGlossary.Default).Enrich(parsed));
        Temp.Index.IndexMeeting(meeting, new SourceInfo(PrintedSeed, "seed-2019"));
    }

    public TempIndex Temp { get; }

    public void Dispose() => Temp.Dispose();
}
