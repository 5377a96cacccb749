using System.Text;
using KcspSearch.Indexer.Ingest;
using KcspSearch.Indexer.Tests.Support;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Minutes.Parsing.Printed;
using KcspSearch.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Tests.Ingest;

/// <summary>The single writer with group commit: documents ingested at once share transactions, and still succeed or fail alone.</summary>
public sealed class IngestServiceTests : IDisposable
{
    private const int Documents = 12;
    private readonly string directory = Directory.CreateTempSubdirectory("kcsp-ingest-").FullName;

    [Fact]
    public async Task IngestAsync_ManyAtOnce_IndexesEachAsOneAtATimeWould()
    {
        var documents = await DistinctMeetingsAsync();
        var oneByOne = new List<IngestResult>();
        using (var index = SearchIndex.Open(Path.Combine(directory, "one-by-one")))
        using (var ingest = Ingest(MinutesPipeline.CreateDefault(), index))
            foreach (var document in documents) oneByOne.Add(await ingest.IngestAsync(document));

        using var together = SearchIndex.Open(Path.Combine(directory, "together"));
        IngestResult[] results;
        using (var ingest = Ingest(MinutesPipeline.CreateDefault(), together))
            results = await Task.WhenAll(documents.Select(d => ingest.IngestAsync(d)));

        Assert.Equal(oneByOne, results);
        Assert.All(results, r => Assert.Equal(IngestOutcome.Added, r.Outcome));
        Assert.Equal(Documents, together.GetStats().Documents);
        Assert.Equal(oneByOne.Sum(r => r.Chunks), together.GetStats().Chunks);
        Assert.True(together.Verify().Ok, string.Join("; ", together.Verify().Problems));
    }

    [Fact]
    public async Task IngestAsync_ManyAtOnceWithOneUnwritable_WritesTheOthersAndFailsOnlyThatOne()
    {
        var documents = await DistinctMeetingsAsync();
        var poisoned = (await MinutesPipeline.CreateDefault().ProcessAsync(documents[5])).Id;
        using var index = SearchIndex.Open(Path.Combine(directory, "index"));
        using var ingest = Ingest(PipelineWith(new UnwritableChunker(poisoned)), index);

        var ingests = documents.Select(d => ingest.IngestAsync(d)).ToList();

        await Assert.ThrowsAnyAsync<Exception>(() => ingests[5]);
        var written = await Task.WhenAll(ingests.Where((_, i) => i != 5));
        Assert.All(written, r => Assert.Equal(IngestOutcome.Added, r.Outcome));
        Assert.Equal(Documents - 1, index.GetStats().Documents);
        Assert.DoesNotContain(poisoned, new SearchEngine(index).Meetings(includeRestricted: true).Select(m => m.Id));
        Assert.True(index.Verify().Ok, string.Join("; ", index.Verify().Problems));
    }

    private static IngestService Ingest(MinutesPipeline pipeline, SearchIndex index) =>
        new(pipeline, index, Options.Create(new KcspOptions { MaxParallelism = 2 }), NullLogger<IngestService>.Instance);

    /// <summary>Generated minutes of different meetings (the generator also writes some meetings twice, as a PDF and a page).</summary>
    private static async Task<List<SourceDocument>> DistinctMeetingsAsync()
    {
        var pipeline = MinutesPipeline.CreateDefault();
        var documents = new List<SourceDocument>();
        var ids = new HashSet<string>();
        for (var sequence = 0; documents.Count < Documents; sequence++)
        {
            var (name, text) = TestWorkspace.Minutes(seed: 11, sequence);
            var document = new SourceDocument(name, Encoding.UTF8.GetBytes(text));
            if (ids.Add((await pipeline.ProcessAsync(document)).Id)) documents.Add(document);
        }
        return documents;
    }

    private static MinutesPipeline PipelineWith(IChunker chunker)
    {
        var options = new MinutesOptions();
        return new MinutesPipeline(new DocumentTypeDetector(), [new HtmlExtractor(), new PlainTextExtractor(), new PdfToTextExtractor(options)],
            [new ModernGovHtmlParser(), new ModernGovTextParser(), new PrintedMinutesParser()],
            new MeetingEnricher(TopicTaxonomy.Default, AcronymGlossary.Default), chunker, options);
    }

    /// <summary>Chunks as usual, but gives one meeting a chunk kind the index cannot store, so its write fails.</summary>
    private sealed class UnwritableChunker(string meetingId) : IChunker
    {
        private readonly Chunker chunker = new();

        public Meeting Chunk(Meeting meeting)
        {
            var chunked = chunker.Chunk(meeting);
            if (chunked.Id != meetingId) return chunked;
            var item = chunked.Items[0];
            return chunked with { Items = [item with { Chunks = [item.Chunks[0] with { Kind = (ChunkKind)99 }] }, .. chunked.Items.Skip(1)] };
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
