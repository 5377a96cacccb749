using System.Text.Json;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Pipeline;

/// <summary>The real documents through the default pipeline: each pair of renderings of a meeting gives the same chunks.</summary>
public class DefaultPipelineTests
{
    private static readonly MinutesPipeline Pipeline = MinutesPipeline.CreateDefault();

    private static Task<Meeting> Process(string path) => Pipeline.ProcessAsync(SourceDocument.FromFile(path));

    [SharedFact]
    public async Task Process_PdfFixtureAndItsExtractedText_GiveTheSameChunks()
    {
        var fromPdf = await Process(SharedFiles.Fixture("kcsp-2019-10-08.pdf"));
        var fromText = await Process(SharedFiles.Seed("kcsp-2019-10-08.pdf-extract.txt"));

        Assert.Equal(Describe(fromText), Describe(fromPdf));
        Assert.Equal(Json(fromText.People), Json(fromPdf.People));
    }

    [SharedFact]
    public async Task Process_ModernGovPageAndItsTextRendering_GiveTheSameChunks()
    {
        var fromHtml = await Process(SharedFiles.Fixture("kcsp-2022-03-24.html"));
        var fromText = await Process(SharedFiles.Seed("kcsp-2022-03-24.moderngov.txt"));

        Assert.Equal(Describe(fromText), Describe(fromHtml));
        Assert.Equal(Json(fromText.People), Json(fromHtml.People));
    }

    [SharedFact]
    public async Task Process_ModernGovPage_NamesTheSpeakerOfEveryParagraph()
    {
        var meeting = await Process(SharedFiles.Fixture("kcsp-2022-03-24.html"));

        var speakers = meeting.Items
            .SelectMany(i => i.Paragraphs.Where(p => !p.IsResolution).Select(p => $"{i.Ordinal}/{p.Number}={string.Join('+', p.Speakers)}"))
            .ToList();
        Assert.Equal(
        [
            "2/1=peerbux+brinson", "2/2=brinson", "2/3=brinson",
            "3/1=peerbux", "3/2=peerbux", "3/3=brinson",
            "4/1=harper", "4/2=harper",
            "5/1=powell", "5/2=powell", "5/3=powell",
            "6/1=mcmullan", "6/2=mcmullan", "6/3=vice-chairman",
            "8/1=peerbux", "8/2=peerbux",
            "9/1=wilkinson",
            "10/1=partnership-member",
        ], speakers);
        Assert.Equal("Shafick Peerbux", meeting.People.Single(p => p.PersonId == "peerbux").Name);
    }

    [SharedFact]
    public async Task Process_ModernGovPage_TagsTheRecurringThemes()
    {
        var meeting = await Process(SharedFiles.Fixture("kcsp-2022-03-24.html"));

        Assert.Contains("DHR", meeting.Items[7].Topics);
        Assert.Contains("funding", meeting.Items[7].Chunks.Single(c => c.Paragraph == "2").Topics);
        Assert.Contains("PREVENT", meeting.Items[8].Topics);
        Assert.Contains("VRU", meeting.Items[4].Topics);
        Assert.Contains("mental-health", meeting.Items[3].Topics);
        Assert.Contains("road-safety", meeting.Items[5].Topics);
        Assert.Contains("exploitation", meeting.Items[9].Topics);
        Assert.Contains(meeting.Acronyms, a => a is { Short: "VAWG", Expansion: "Violence Against Women and Girls" });
        Assert.Contains(meeting.Acronyms, a => a is { Short: "KCST", Expansion: "Kent Community Safety Team" });
    }

    [SharedFact]
    public async Task Process_PrintedMinutes_GivesEveryChunkAStableUniqueId()
    {
        var first = await Process(SharedFiles.Fixture("kcsp-2019-10-08.pdf"));
        var second = await Process(SharedFiles.Fixture("kcsp-2019-10-08.pdf"));

        var ids = first.AllChunks.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, second.AllChunks.Select(c => c.Id));
        Assert.Equal(14, first.AllChunks.Count(c => c.Kind == ChunkKind.Resolution)
            + first.Items.Count(i => i.Procedural && i.Resolutions.Count > 0));
        Assert.Equal("kcsp-2019-10-08/0/A", first.MeetingChunks.Single().Id);
    }

    /// <summary>What a reader of the index sees of a meeting: its chunks, item by item, whitespace normalised.</summary>
    private static List<string> Describe(Meeting meeting) =>
    [
        $"{meeting.Id} {meeting.Committee} {meeting.Date:yyyy-MM-dd}",
        .. meeting.Items.Select(i => $"{i.Ordinal} {i.Title} topics={string.Join(',', i.Topics)} speakers={string.Join(',', i.Speakers)}"),
        .. meeting.AllChunks.Select(c =>
            $"{c.Id} {c.Kind} [{string.Join(',', c.Speakers)}] [{string.Join(',', c.Topics)}] {Normalise(c.Text)}"),
    ];

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
