using KcspSearch.Minutes.Model;

namespace KcspSearch.Indexer.Generation.Writers;

/// <summary>
/// The text rendering of a ModernGov "Agenda and minutes" page (like <c>kcsp-2022-03-24.moderngov.txt</c>): no item
/// numbers or "Minutes:" labels, titles followed by "pdf icon PDF 228 KB", blocks separated by two blank lines,
/// list numbers followed by runs of spaces.
/// </summary>
public sealed class ModernGovTextWriter : IMinutesWriter
{
    public SourceFormat Format => SourceFormat.ModernGovText;
    public string Extension => ".moderngov.txt";

    public void Write(GeneratedMeeting generated, TextWriter output)
    {
        var meeting = generated.Meeting;
        output.Write(meeting.Status == MeetingStatus.Draft ? "Agenda and draft minutes\n\n" : "Agenda and minutes\n\n");
        output.Write($"{meeting.Committee} - {MinutesText.ModernGovDate(meeting.Date)} {MinutesText.ModernGovTime(meeting.StartTime)}\n\n");
        output.Write($"Venue: {meeting.Venue}\n\n");
        output.Write($"Contact: {generated.Contact}  03000 41{meeting.Date.DayNumber % 10000:0000} Email:\n\n");
        output.Write("No. Item\n");
        foreach (var item in meeting.Items)
        {
            output.Write("\n\n");
            output.Write(item.Title);
            if (item.Documents.Count > 0) output.Write($" pdf icon {item.Documents[0].Format} {item.Documents[0].Size}");
            output.Write('\n');
            foreach (var paragraph in item.Paragraphs)
                foreach (var part in Blocks(paragraph))
                    output.Write($"\n\n{part}\n");
        }
    }

    private static IEnumerable<string> Blocks(Paragraph paragraph)
    {
        var parts = paragraph.Text.Split('\n');
        if (paragraph.Number.Length == 0)
            return parts;
        var open = paragraph.Number.IndexOf('(');
        var label = open < 0 ? paragraph.Number + ".    " : paragraph.Number[open..] + "  ";
        return [label + parts[0], .. parts[1..]];
    }
}
