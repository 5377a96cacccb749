using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Tests;
using static KcspSearch.Minutes.Tests.Parsing.ModernGov.ModernGovFixtures;

namespace KcspSearch.Minutes.Tests.Parsing.ModernGov;

/// <summary>
/// The 24 March 2022 KCSP meeting read from the ModernGov page and from its text rendering: the same
/// expectations hold for both, and both must give the same meeting.
/// </summary>
public class ModernGovFixtureTests
{
    private static readonly string[] Titles =
    [
        "Notes of meeting held on 18 November 2021",
        "Kent Community Safety Agreement Review and Refresh",
        "Kent Community Safety Partnership Working Group Update",
        "Kent Police and Crime Commissioners response to Mental Health",
        "Kent and Medway Violence Reduction Unit Update",
        "Zero Casualty Strategy Update",
        "Date of meetings in 2022",
        "Domestic Homicide Review Update",
        "Kent and Medway PREVENT Duty Delivery Update",
        "Kent and Medway Joint Exploitation Group Update",
    ];

    // Paragraph numbers per item; "" is the unnumbered resolution.
    private static readonly string[][] ParagraphNumbers =
    [
        [""],
        ["1", "2", "3", ""],
        ["1", "2", "3", ""],
        ["1", "2", ""],
        ["1", "2", "3", ""],
        ["1", "2", "3", ""],
        [""],
        ["1", "2", ""],
        ["1", ""],
        ["1", ""],
    ];

    private static readonly string[] Resolutions =
    [
        "RESOLVED that the minutes of the meeting held on 18 November 2021 were correctly recorded and be signed by the Chairman.",
        "RESOLVED that the Kent Community Safety Partnership\n"
            + "a) Consider and comment on the proposed changes to the refreshed Kent Community Safety Agreement.\n"
            + "b) Agree the priorities and cross-cutting themes for 2022/23 taking into account the comments about VAWG and DA and Prevention of Neighbourhood Crime.\n"
            + "c) Note the upcoming Scrutiny Committee arrangements.",
        "RESOLVED that the KCSP note the progress and actions undertaken by the Working Group and the work of the KCST.",
        "RESOLVED that the KCSP agree that, in light of the PCC stepping down as the national lead for Mental Health and to align with other strategic meetings, that an annual update on mental health be provided to the KCSP in March of each year (instead of each meeting).",
        "RESOLVED that the KCSP note the findings of the Strategic Needs Assessment and endorse the priority areas and responses to serious violence.",
        "RESOLVED that the KCSP note the Vision Zero Strategy update and receive a further update in March 2023.",
        "RESOLVED that the dates of the meeting in 2022 were noted.",
        "RESOLVED that the domestic homicide review update be noted.",
        "RESOLVED that the update on the PREVENT Duty Delivery Board be noted.",
        "RESOLVED that the update on the Kent and Medway Joint Exploitation Group be noted.",
    ];

    public static TheoryData<string> Sources => new() { "html", "text" };

    private static async Task<Meeting> ParseAsync(string source) =>
        source == "html" ? await ParseHtmlAsync() : ParseText();

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_ReadsTheMeetingHeading(string source)
    {
        var meeting = await ParseAsync(source);

        Assert.Equal("kcsp-2022-03-24", meeting.Id);
        Assert.Equal("Kent Community Safety Partnership", meeting.Committee);
        Assert.Equal(new DateOnly(2022, 3, 24), meeting.Date);
        Assert.Equal("10:00", meeting.StartTime);
        Assert.Equal("online", meeting.Venue);
        Assert.Equal(MeetingStatus.Draft, meeting.Status);
        Assert.Equal(source == "html" ? SourceFormat.ModernGovHtml : SourceFormat.ModernGovText, meeting.Format);
    }

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_FindsTheTenItemsInOrderWithoutAgendaCodes(string source)
    {
        var meeting = await ParseAsync(source);

        Assert.Equal(Titles, meeting.Items.Select(i => i.Title));
        Assert.Equal(Enumerable.Range(1, 10), meeting.Items.Select(i => i.Ordinal));
        Assert.All(meeting.Items, i => Assert.Null(i.AgendaCode));
        Assert.All(meeting.Items, i => Assert.False(i.Restricted));
        Assert.All(meeting.Items, i => Assert.False(i.Truncated));
    }

    [SharedFact]
    public async Task Parse_HtmlFixture_ReadsWebNumbers51To60()
    {
        var meeting = await ParseHtmlAsync();

        Assert.Equal(Enumerable.Range(51, 10).Select(n => n.ToString()), meeting.Items.Select(i => i.MinuteNumber));
    }

    [SharedFact]
    public void Parse_TextSeed_HasNoWebNumbers()
    {
        Assert.All(ParseText().Items, i => Assert.Null(i.MinuteNumber));
    }

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_NumbersParagraphsAsPrinted(string source)
    {
        var meeting = await ParseAsync(source);

        Assert.Equal(ParagraphNumbers, meeting.Items.Select(i => i.Paragraphs.Select(p => p.Number).ToArray()).ToArray());
        Assert.All(meeting.Items.SelectMany(i => i.Paragraphs), p => Assert.Equal(p.Number == "", p.IsResolution));
    }

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_KeepsEveryResolutionWhole(string source)
    {
        var meeting = await ParseAsync(source);

        Assert.Equal(Resolutions, meeting.Items.Select(i => Assert.Single(i.Resolutions)));
        Assert.All(meeting.Items, i => Assert.Equal(i.Resolutions, i.Paragraphs.Where(p => p.IsResolution).Select(p => p.Text)));
    }

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_HoldsTheThreePartResolutionInOneParagraph(string source)
    {
        var item = (await ParseAsync(source)).Items[1];

        var resolution = Assert.Single(item.Paragraphs, p => p.IsResolution);
        Assert.Equal("", resolution.Number);
        Assert.StartsWith("RESOLVED that the Kent Community Safety Partnership", resolution.Text);
        Assert.Contains("a) Consider", resolution.Text);
        Assert.Contains("b) Agree", resolution.Text);
        Assert.EndsWith("c) Note the upcoming Scrutiny Committee arrangements.", resolution.Text);
        Assert.DoesNotContain(item.Paragraphs, p => p.Text.StartsWith("a)") || p.Text.StartsWith("b)") || p.Text.StartsWith("c)"));
    }

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_SplitsTheDhrResolutionFromParagraphTwo(string source)
    {
        var item = (await ParseAsync(source)).Items[7];

        var second = item.Paragraphs.Single(p => p.Number == "2");
        Assert.EndsWith("to consider the funding arrangements for 2022/23.", second.Text);
        Assert.DoesNotContain("RESOLVED", second.Text);
        Assert.False(second.IsResolution);
        Assert.Equal("RESOLVED that the domestic homicide review update be noted.", item.Paragraphs[^1].Text);
    }

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_KeepsTheMeetingDatesAsDescriptionNotMinutes(string source)
    {
        var item = (await ParseAsync(source)).Items[6];

        Assert.Equal("- 14 July 2022\n- 17 November 2022\n- March 2023 (TBC)", item.Description);
        var only = Assert.Single(item.Paragraphs);
        Assert.Equal("RESOLVED that the dates of the meeting in 2022 were noted.", only.Text);
        Assert.All((await ParseAsync(source)).Items.Where(i => i.Ordinal != 7), i => Assert.Null(i.Description));
    }

    [SharedTheory]
    [MemberData(nameof(Sources))]
    public async Task Parse_Fixture_KeepsDocumentLinksOutOfTitlesAndText(string source)
    {
        var meeting = await ParseAsync(source);

        string?[] expectedSizes = ["228 KB", "389 KB", "397 KB", "154 KB", "311 KB", "216 KB", null, null, null, null];
        Assert.Equal<IEnumerable<string?>>(expectedSizes, meeting.Items.Select(i => i.Documents.FirstOrDefault()?.Size));
        Assert.All(meeting.Items.SelectMany(i => i.Documents), d => Assert.Equal("PDF", d.Format));
        var text = meeting.Items.SelectMany(i => i.Paragraphs.Select(p => p.Text).Append(i.Title));
        Assert.All(text, t => Assert.DoesNotContain("pdf icon", t, StringComparison.OrdinalIgnoreCase));
        Assert.All(text, t => Assert.DoesNotMatch(@"\d+ [KM]B\b", t));
    }

    [SharedFact]
    public async Task Parse_HtmlFixture_LinksTheReportsAndTheAdditionalDocument()
    {
        var meeting = await ParseHtmlAsync();

        Assert.Equal(
            new LinkedDocument("Notes of meeting held on 18 November 2021", "documents/s110013/Minutes of Previous Meeting.pdf", "PDF", "228 KB"),
            Assert.Single(meeting.Items[0].Documents));
        Assert.Equal(
            [
                new LinkedDocument("Kent Community Safety Agreement Review and Refresh", "documents/s110018/B1 - Kent CSA Update.pdf", "PDF", "389 KB"),
                new LinkedDocument("B1 - Appendix A_DRAFT Refresh of Community Safety Agreement",
                    "documents/s110019/B1 - Appendix A_DRAFT Refresh of Community Safety Agreement.pdf", "PDF", "1 MB"),
            ],
            meeting.Items[1].Documents);
    }

    [SharedFact]
    public async Task Parse_HtmlFixture_JoinsWordsSplitAcrossSpansAndDropsNbsp()
    {
        var meeting = await ParseHtmlAsync();
        var paragraphs = meeting.Items.SelectMany(i => i.Paragraphs).ToList();

        Assert.Contains("Sylvie 2018 and Tamana 2018 which", meeting.Items[7].Paragraphs[0].Text);
        Assert.Contains("there had been a number of minor changes", meeting.Items[1].Paragraphs[1].Text);
        Assert.Contains("Mental Health is still a significant part", meeting.Items[3].Paragraphs[1].Text);
        Assert.All(paragraphs, p => Assert.DoesNotContain('\u00A0', p.Text));
        Assert.All(paragraphs, p => Assert.DoesNotContain("  ", p.Text));
        Assert.All(paragraphs, p => Assert.Equal(p.Text.Trim(), p.Text));
    }

    [SharedFact]
    public async Task Parse_HtmlFixtureAndTextSeed_GiveTheSameMeeting()
    {
        var fromHtml = await ParseHtmlAsync();
        var fromText = ParseText();

        Assert.Equal(Summary(fromHtml), Summary(fromText));
        Assert.Equal(fromHtml.Items.Select(i => i.Description), fromText.Items.Select(i => i.Description));
    }

    [SharedFact]
    public async Task Parse_TextOfTheHtmlFixture_GivesTheSameMeetingWithWebNumbers()
    {
        // A rendering that kept the number column, the "Minutes:" labels, the site's navigation and footer.
        var rendering = await ExtractHtmlAsync() with { Type = KcspSearch.Minutes.Extraction.DocumentType.Text, Html = null };
        var fromHtml = await ParseHtmlAsync();

        var fromRendering = new ModernGovTextParser().Parse(rendering);

        Assert.Equal(Summary(fromHtml), Summary(fromRendering));
        Assert.Equal(fromHtml.Items.Select(i => i.MinuteNumber), fromRendering.Items.Select(i => i.MinuteNumber));
        Assert.Equal(fromHtml.Items.Select(i => i.Description), fromRendering.Items.Select(i => i.Description));
        Assert.Equal(2, fromRendering.Items[1].Documents.Count);
    }

    [SharedFact]
    public async Task Parse_Fixture_MarksPreviousMinutesAndMeetingDatesProcedural()
    {
        var meeting = await ParseHtmlAsync();

        Assert.Equal([1, 7], meeting.Items.Where(i => i.Procedural).Select(i => i.Ordinal));
        Assert.Equal([1, 7], ParseText().Items.Where(i => i.Procedural).Select(i => i.Ordinal));
    }

    [SharedFact]
    public async Task CanParse_FixtureAndSeed_EachParserRecognisesOnlyItsOwnLayout()
    {
        var html = await ExtractHtmlAsync();
        var text = SeedText();

        Assert.True(new ModernGovHtmlParser().CanParse(html));
        Assert.False(new ModernGovHtmlParser().CanParse(text));
        Assert.True(new ModernGovTextParser().CanParse(text));
        Assert.False(new ModernGovTextParser().CanParse(html));
    }

    private static string[] Summary(Meeting meeting) =>
    [
        meeting.Id, meeting.Committee, meeting.Date.ToString("O"), meeting.StartTime ?? "", meeting.Venue ?? "", meeting.Status.ToString(),
        .. meeting.Items.SelectMany(i => new[] { $"item {i.Ordinal}: {i.Title}" }
            .Concat(i.Paragraphs.Select(p => $"  {p.Number}|{p.IsResolution}|{Normalise(p.Text)}"))
            .Concat(i.Resolutions.Select(r => $"  R: {Normalise(r)}"))),
    ];
}
