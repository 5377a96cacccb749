using System.Text.RegularExpressions;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Parsing.Printed;

/// <summary>
/// Printed KCC minutes (a PDF through pdftotext, or its extracted text): the "NOTES of a meeting of ... held in ...
/// on ..." sentence, PRESENT / IN ATTENDANCE lists, and numbered minutes such as "237. Introduction" + "(Item A1)"
/// with numbered paragraphs, (a)–(h) sub-paragraphs and RESOLVED paragraphs.
/// </summary>
public sealed partial class PrintedMinutesParser : IMinutesParser
{
    public bool CanParse(ExtractedDocument document) =>
        document.Type != DocumentType.Html
        && PrintedPatterns.MeetingSentenceLine().IsMatch(document.Text)
        && PrintedPatterns.AgendaCodeLine().IsMatch(document.Text);

    public Meeting Parse(ExtractedDocument document)
    {
        var blocks = PrintedTextCleaner.Clean(document.Text);
        var frontMatter = blocks.TakeWhile(b => b.Kind != PrintedBlockKind.MinuteHeading).ToList();
        var sentence = frontMatter.FirstOrDefault(b => b.Kind == PrintedBlockKind.Text && PrintedPatterns.MeetingSentenceStart().IsMatch(b.Text))
            ?? throw NotMinutes(document, "no \"NOTES of a meeting of ...\" sentence before the first minute");
        var held = MeetingSentence().Match(sentence.Text);
        if (!held.Success)
            throw NotMinutes(document, $"the sentence \"{Shorten(sentence.Text)}\" names no committee and date");
        var where = held.Groups["rest"].Value;
        var committee = held.Groups["committee"].Value.Trim();
        var date = MinutesDates.FindDate(where)
            ?? throw NotMinutes(document, $"no meeting date in \"{Shorten(sentence.Text)}\"");

        var assembler = new PrintedItemAssembler();
        foreach (var block in blocks) assembler.Add(block);
        var items = assembler.Build();
        if (items.Count == 0)
            throw NotMinutes(document, "no numbered minutes with \"(Item ..)\" lines found");

        return new Meeting
        {
            Id = MeetingIds.For(committee, date),
            Committee = committee,
            Date = date,
            StartTime = MinutesDates.FindTime(where),
            Venue = ReadVenue(where),
            Status = frontMatter.Any(b => b.Kind is PrintedBlockKind.Heading or PrintedBlockKind.Text && Draft().IsMatch(b.Text))
                ? MeetingStatus.Draft
                : MeetingStatus.Approved,
            Attendees = [.. frontMatter.Where(b => b.Kind == PrintedBlockKind.AttendanceList).SelectMany(ReadAttendees)],
            Items = items,
            Format = SourceFormat.PrintedMinutes,
        };
    }

    private static IEnumerable<Attendee> ReadAttendees(PrintedBlock list) => list.Marker switch
    {
        "PRESENT" => AttendanceListReader.Read(list.Text, AttendanceKinds.Present),
        "IN ATTENDANCE" or "ALSO PRESENT" or "OFFICERS" => AttendanceListReader.Read(list.Text, AttendanceKinds.InAttendance),
        _ => [],
    };

    private static string? ReadVenue(string where)
    {
        if (Online().IsMatch(where)) return "online";
        var venue = Venue().Match(where);
        return venue.Success ? venue.Groups["venue"].Value : null;
    }

    private static MinutesException NotMinutes(ExtractedDocument document, string problem) =>
        new(MinutesError.NotMinutes, $"{document.FileName}: {problem}; this does not look like printed committee minutes.");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    // "NOTES of a meeting of the Kent Community Safety Partnership held in the Medway Room, ... on Tuesday, 8 October 2019."
    [GeneratedRegex(@"^(?:NOTES|MINUTES)\s+of\s+(?:a|the)\s+meeting\s+of\s+(?:the\s+)?(?<committee>.+?)\s+(?:held\s+(?<rest>.+)|(?<rest>on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d).*))$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingSentence();

    [GeneratedRegex(@"^(?:in|at)\s+(?:the\s+)?(?<venue>.+?),?\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Venue();

    [GeneratedRegex(@"^(?:online|virtually|remotely|by\s+video)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Online();

    [GeneratedRegex(@"\bdraft\b", RegexOptions.IgnoreCase)]
    private static partial Regex Draft();
}
