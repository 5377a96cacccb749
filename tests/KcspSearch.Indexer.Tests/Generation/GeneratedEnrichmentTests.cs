using KcspSearch.Indexer.Generation;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Tests;

namespace KcspSearch.Indexer.Tests.Generation;

/// <summary>The enrichment's fast paths give what the plain implementations give, over a generated corpus slice.</summary>
public sealed class GeneratedEnrichmentTests
{
    [Fact]
    public async Task TopicTaxonomy_GeneratedMinutes_SameTopicsAsOneRegexPerTopic()
    {
        var taxonomy = TopicTaxonomy.Default;
        var reference = new RegexTopicMatcher(taxonomy.Topics);
        var texts = 0;
        foreach (var meeting in await ParsedSlice(seed: 11, meetings: 150))
        {
            foreach (var text in meeting.Items.SelectMany(i => new[] { i.Title, string.Join("\n\n", i.Paragraphs.Select(p => p.Text)) })
                         .Concat(meeting.AllChunks.Select(c => c.Text)))
            {
                Assert.Equal(reference.Match(text), taxonomy.Match(text));
                Assert.Equal(reference.Match(text, meeting.Acronyms), taxonomy.Match(text, meeting.Acronyms));
                texts++;
            }
        }
        Assert.True(texts > 3000, $"only {texts} texts compared");
    }

    private static async Task<List<Meeting>> ParsedSlice(int seed, int meetings)
    {
        var generator = new CorpusGenerator(seed);
        var pipeline = MinutesPipeline.CreateDefault();
        var parsed = new List<Meeting>();
        foreach (var slot in generator.Schedule(meetings))
        {
            var writer = CorpusGenerator.WriterFor(slot.Format);
            using var text = new StringWriter();
            writer.Write(generator.Compose(slot), text);
            parsed.Add(await pipeline.ProcessAsync(new SourceDocument(slot.Sequence + writer.Extension, System.Text.Encoding.UTF8.GetBytes(text.ToString()))));
        }
        return parsed;
    }
}
