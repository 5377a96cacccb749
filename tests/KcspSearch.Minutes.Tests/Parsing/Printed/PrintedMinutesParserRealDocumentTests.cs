using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.Printed;

public sealed partial class PrintedMinutesParserRealDocumentTests
{
    [SharedTheory]
    [InlineData(PrintedSources.SeedRoute)]
    [InlineData(PrintedSources.PdfRoute)]
    public async Task Parse_RealMinutes_ReadsCommitteeDateVenueAndStatus(string route)
    {
        var meeting = await PrintedSources.LoadAsync(route);

        Assert.Equal("kcsp-2019-10-08", meeting.Id);
        Assert.Equal("Kent Community Safety Partnership", meeting.Committee);
        Assert.Equal(new DateOnly(2019, 10, 8), meeting.Date);
        Assert.Null(meeting.StartTime);
        Assert.Equal("Medway Room, Sessions House, County Hall, Maidstone", meeting.Venue);
        Assert.Equal(MeetingStatus.Approved, meeting.Status);
        Assert.Equal(SourceFormat.PrintedMinutes, meeting.Format);
    }

    [SharedTheory]
    [InlineData(PrintedSources.SeedRoute)]
    [InlineData(PrintedSources.PdfRoute)]
    public async Task Parse_RealMinutes_FindsAllFifteenMinutesWithTitlesAndAgendaCodes(string route)
    {
        var meeting = await PrintedSources.LoadAsync(route);

        Assert.Equal(
            Kcsp20191008.Items.Select((e, i) => (i + 1, e.Minute, e.Code, e.Title)),
            meeting.Items.Select(i => (i.Ordinal, i.MinuteNumber!, i.AgendaCode!, i.Title)));
        Assert.All(meeting.Items, i => Assert.False(i.Restricted));
        Assert.Equal(["237", "238", "248"], meeting.Items.Where(i => i.Procedural).Select(i => i.MinuteNumber));
    }

    [SharedTheory]
    [InlineData(PrintedSources.SeedRoute)]
    [InlineData(PrintedSources.PdfRoute)]
    public async Task Parse_RealMinutes_NumbersParagraphsAndSubParagraphsOfEveryItem(string route)
    {
        var meeting = await PrintedSources.LoadAsync(route);

        Assert.All(meeting.Items.Zip(Kcsp20191008.Items), pair =>
            Assert.Equal(pair.Second.Paragraphs, pair.First.Paragraphs.Select(p => p.Number)));
        Assert.Equal(69, meeting.Items.Sum(i => i.Paragraphs.Count));
    }

    [SharedTheory]
    [InlineData(PrintedSources.SeedRoute)]
    [InlineData(PrintedSources.PdfRoute)]
    public async Task Parse_RealMinutes_FindsAllFourteenResolutionsWhole(string route)
    {
        var meeting = await PrintedSources.LoadAsync(route);

        Assert.Equal(14, meeting.Items.Sum(i => i.Resolutions.Count));
        foreach (var (item, expected) in meeting.Items.Zip(Kcsp20191008.Items))
        {
            if (expected.ResolvedStart is null)
            {
                Assert.Empty(item.Resolutions);
                continue;
            }
            var resolution = Assert.Single(item.Resolutions);
            Assert.StartsWith(expected.ResolvedStart, resolution);
            Assert.EndsWith(expected.ResolvedEnd!, resolution);
            // The resolution is the item's last paragraph, kept with its number.
            var carrier = Assert.Single(item.Paragraphs, p => p.IsResolution);
            Assert.Same(item.Paragraphs[^1], carrier);
            Assert.Equal(resolution, carrier.Text);
        }
    }

    [SharedTheory]
    [InlineData(PrintedSources.SeedRoute)]
    [InlineData(PrintedSources.PdfRoute)]
    public async Task Parse_RealMinutes_ReadsNineteenPresentAndFiveInAttendanceWithRoles(string route)
    {
        var meeting = await PrintedSources.LoadAsync(route);

        Assert.Equal(Kcsp20191008.Attendees, meeting.Attendees);
        Assert.Equal(19, meeting.Attendees.Count(a => a.Attendance == AttendanceKinds.Present));
        Assert.Equal(5, meeting.Attendees.Count(a => a.Attendance == AttendanceKinds.InAttendance));
    }

    [SharedTheory]
    [InlineData(PrintedSources.SeedRoute)]
    [InlineData(PrintedSources.PdfRoute)]
    public async Task Parse_RealMinutes_GivesPageFootUrlsToTheirClickHereParagraphs(string route)
    {
        var meeting = await PrintedSources.LoadAsync(route);

        var links = meeting.Items
            .SelectMany(i => i.Paragraphs.SelectMany(p => p.Links.Select(url => ($"{i.MinuteNumber}/{p.Number}", url))));
        Assert.Equal(Kcsp20191008.Links, links);
        Assert.DoesNotContain(AllText(meeting), t => t.Contains("http", StringComparison.OrdinalIgnoreCase));
    }

    [SharedTheory]
    [InlineData(PrintedSources.SeedRoute)]
    [InlineData(PrintedSources.PdfRoute)]
    public async Task Parse_RealMinutes_LeavesNoPageArtefactsInParagraphs(string route)
    {
        var meeting = await PrintedSources.LoadAsync(route);
        var text = AllText(meeting).ToList();

        Assert.All(text, t => Assert.DoesNotMatch(@"\s{2}|[\f\n]|^\s|\s$", t));
        Assert.Contains(text, t => t.Contains("set up multi-agency Violence Reduction Units"));
        Assert.Contains(text, t => t.Contains("creation of a multi-agency taskforce in Medway"));
        Assert.Contains(text, t => t.Contains("those with co-occurring conditions"));
        Assert.Contains(text, t => t.Contains("funding from the ‘Your Ambition’ charitable sector"));
        // Sentences cut by page breaks come back whole.
        Assert.Contains(text, t => t.EndsWith("proposed an amendment to the Crime and Disorder Act 1998 to ensure that serious violence was an explicit priority for Community Safety Partnerships,"));
        Assert.Contains(text, t => t.Contains("alleviated from Police resources, there was a significant need"));
        Assert.Contains(text, t => t.Contains("in partnership with the KSAR voluntary service"));
        Assert.Contains(text, t => t.Contains("the Strategy was largely aspirational, however,"));
    }

    [SharedFact]
    public async Task Parse_PdfFixture_GivesTheSameMeetingAsTheSeedText()
    {
        var seed = await PrintedSources.LoadAsync(PrintedSources.SeedRoute);
        var pdf = await PrintedSources.LoadAsync(PrintedSources.PdfRoute);

        Assert.Equal(Describe(seed), Describe(pdf));
        Assert.Equal(seed.Attendees, pdf.Attendees);
    }

    [SharedFact]
    public async Task Parse_PlainPdfToTextOutput_MatchesTheSeedExceptTheTwoJoinedHyphens()
    {
        var seed = await PrintedSources.LoadAsync(PrintedSources.SeedRoute);
        var plain = PrintedSources.Parse(await PrintedSources.PlainPdfToTextAsync(), Kcsp20191008.Pdf);

        // Plain mode drops a hyphen at a line end: "multi-" + "agency", "co-" + "occurring".
        var expected = Describe(seed)
            .Replace("creation of a multi-agency taskforce", "creation of a multiagency taskforce")
            .Replace("with co-occurring conditions", "with cooccurring conditions");
        Assert.NotEqual(Describe(seed), expected);
        Assert.Equal(expected, Describe(plain));
        Assert.Equal(seed.Attendees, plain.Attendees);
    }

    private static IEnumerable<string> AllText(Meeting meeting) =>
        meeting.Items.SelectMany(i => i.Paragraphs.Select(p => p.Text).Concat(i.Resolutions).Append(i.Title));

    /// <summary>Everything the parser read, one line per item, paragraph and resolution, whitespace normalised.</summary>
    private static string Describe(Meeting meeting) => string.Join('\n',
        new[] { $"{meeting.Id} {meeting.Committee} {meeting.Date} {meeting.Venue} {meeting.Status}" }
            .Concat(meeting.Items.SelectMany(i =>
                new[] { $"{i.Ordinal} {i.MinuteNumber} {i.AgendaCode} {i.Title} restricted={i.Restricted}" }
                    .Concat(i.Paragraphs.Select(p => $"  {p.Number} {Spaces().Replace(p.Text, " ")} [{string.Join(' ', p.Links)}]"))
                    .Concat(i.Resolutions.Select(r => $"  R {Spaces().Replace(r, " ")}")))));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
