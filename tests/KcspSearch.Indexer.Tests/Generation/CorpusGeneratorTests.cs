using KcspSearch.Indexer.Generation;
using KcspSearch.Indexer.Generation.Writers;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;

namespace KcspSearch.Indexer.Tests.Generation;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "kcsp-generator-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Generate_SameSeed_WritesIdenticalFiles_OtherSeedDiffers()
    {
        new CorpusGenerator(42).Generate(40, Path.Combine(root, "a"));
        new CorpusGenerator(42).Generate(40, Path.Combine(root, "b"));
        new CorpusGenerator(43).Generate(40, Path.Combine(root, "c"));

        var a = Snapshot("a");
        Assert.Equal(40, a.Count);
        Assert.Equal(a, Snapshot("b"));
        Assert.NotEqual(a, Snapshot("c"));
    }

    [Fact]
    public void Schedule_SixtyThousandMeetings_HaveUniqueIdsAcrossEveryCommittee()
    {
        var slots = new CorpusGenerator(1).Schedule(60_000).ToList();

        Assert.Equal(60_000, slots.Select(s => MeetingIds.For(s.Committee.Name, s.Date)).Distinct().Count());
        Assert.Equal(Committee.All.Count, slots.Select(s => s.Committee.Name).Distinct().Count());
        Assert.All(slots, s => Assert.InRange(s.Date.Year, 2005, 2026));
        Assert.All(slots.Where(s => s.Date.Year < 2012), s => Assert.Equal(SourceFormat.PrintedMinutes, s.Format));
    }

    [Fact]
    public void Cast_SomePeopleHoldDifferentPostsOverTheYears()
    {
        var cast = new Cast(1);

        var movers = cast.Tenures.GroupBy(t => t.Person).Where(g => g.Select(t => t.Post.Role).Distinct().Count() > 1).ToList();

        Assert.NotEmpty(movers);
        foreach (var tenures in movers)
        {
            var ordered = tenures.OrderBy(t => t.From).ToList();
            Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.To < pair.Second.From, $"{pair.First.Person.FullName} holds two posts at once"));
        }
    }

    [Fact]
    public async Task Generate_EveryFormat_ParsesWithTheRealParsersAsComposed()
    {
        var generator = new CorpusGenerator(5);
        var pipeline = MinutesPipeline.CreateDefault();
        var slots = generator.Schedule(60).ToList();
        Assert.Equal(3, slots.Select(s => s.Format).Distinct().Count());

        var topics = new HashSet<string>();
        foreach (var slot in slots)
        {
            var generated = generator.Compose(slot);
            var writer = CorpusGenerator.WriterFor(slot.Format);
            using var text = new StringWriter();
            writer.Write(generated, text);
            var parsed = await pipeline.ProcessAsync(new SourceDocument(generated.Meeting.Id + writer.Extension, System.Text.Encoding.UTF8.GetBytes(text.ToString())));

            var expected = generated.Meeting;
            Assert.Equal(expected.Id, parsed.Id);
            Assert.Equal(expected.Committee, parsed.Committee);
            Assert.Equal(expected.Items.Select(i => i.Title), parsed.Items.Select(i => i.Title));
            Assert.Equal(expected.Items.Select(i => i.Resolutions.Count), parsed.Items.Select(i => i.Resolutions.Count));
            Assert.Equal(
                expected.Items.Select(i => string.Join(",", i.Paragraphs.Where(p => !p.IsResolution).Select(p => p.Number))),
                parsed.Items.Select(i => string.Join(",", i.Paragraphs.Where(p => !p.IsResolution && p.Number.Length > 0).Select(p => p.Number))));
            topics.UnionWith(parsed.Items.SelectMany(i => i.Topics));
        }
        Assert.True(topics.Count >= 10, $"only {topics.Count} topics found: {string.Join(", ", topics)}");
    }

    // The 1m benchmark corpus (43,000 meetings, seed 42): acsp-2018-02-16 and every committee's printed meeting with the
    // highest minute numbers must parse into the minutes they were composed with.
    [Fact]
    public async Task Generate_BenchmarkCorpusOfAMillionChunks_PrintedMinutesWithTheHighestNumbersParse()
    {
        var generator = new CorpusGenerator(42);
        var printed = generator.Schedule(43_000).Where(s => s.Format == SourceFormat.PrintedMinutes).ToList();
        var slots = printed.GroupBy(s => s.Committee.Name).Select(g => g.MaxBy(s => s.FirstMinute)!)
            .Append(printed.Single(s => MeetingIds.For(s.Committee.Name, s.Date) == "acsp-2018-02-16"));
        var pipeline = MinutesPipeline.CreateDefault();

        foreach (var slot in slots)
        {
            var generated = generator.Compose(slot);
            using var text = new StringWriter();
            new PrintedMinutesWriter().Write(generated, text);
            var parsed = await pipeline.ProcessAsync(new SourceDocument(generated.Meeting.Id + ".txt", System.Text.Encoding.UTF8.GetBytes(text.ToString())));

            Assert.Equal(generated.Meeting.Items.Select(i => $"{i.MinuteNumber}. {i.Title}"), parsed.Items.Select(i => $"{i.MinuteNumber}. {i.Title}"));
        }
    }

    [Fact]
    public void Generate_TermsAppearOnlyInTheirEra()
    {
        new CorpusGenerator(9).Generate(300, root);

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var year = int.Parse(Path.GetFileName(Path.GetDirectoryName(file))!);
            var text = File.ReadAllText(file);
            if (year < 2019) Assert.DoesNotContain("Violence Reduction Unit", text);
            if (year < 2020 || year > 2022) Assert.DoesNotContain("COVID-19", text);
        }
    }

    private Dictionary<string, string> Snapshot(string folder)
    {
        var path = Path.Combine(root, folder);
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(path, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
