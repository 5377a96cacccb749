using KcspSearch.Minutes.Model;

namespace KcspSearch.Indexer.Generation.Writers;

/// <summary>
/// Printed minutes as text extracted from the PDF (like <c>kcsp-2019-10-08.pdf-extract.txt</c>): county heading,
/// "NOTES of a meeting of ...", PRESENT / IN ATTENDANCE, "UNRESTRICTED ITEMS", "237. Title" with "(Item B1)",
/// hard-wrapped numbered paragraphs with trailing spaces, a first line sometimes cut off by a blank line,
/// and page breaks that fall mid-paragraph.
/// </summary>
public sealed class PrintedMinutesWriter : IMinutesWriter
{
    private const int Width = 82;
    private const int PageLines = 46;

    public SourceFormat Format => SourceFormat.PrintedMinutes;
    public string Extension => ".txt";

    public void Write(GeneratedMeeting generated, TextWriter output)
    {
        var meeting = generated.Meeting;
        var page = new PageWriter(output, meeting.Date.DayNumber + meeting.Committee.Length);
        var county = generated.Committee.Area == "Kent" ? "KENT COUNTY COUNCIL" : generated.Committee.Area.ToUpperInvariant() + " COUNCIL";
        page.Raw($"\n \n\n{county} \n \n\n \n\n{meeting.Committee.ToUpperInvariant()} \n \n");
        var kind = generated.Committee.Area == "Kent" ? "NOTES" : "MINUTES";
        page.Paragraph($"{kind} of a meeting of the {meeting.Committee} held in the {meeting.Venue} on {MinutesText.PrintedDate(meeting.Date)}.");
        page.Raw(" \n");
        page.Paragraph("PRESENT: " + Present(meeting.Attendees) + " ");
        page.Raw("  \n");
        var inAttendance = meeting.Attendees.Where(a => a.Attendance == AttendanceKinds.InAttendance).ToList();
        if (inAttendance.Count > 0)
        {
            page.Paragraph("IN ATTENDANCE: " + string.Join(" , ", inAttendance.Select(a => $"{a.Name} ({a.Role})")));
            page.Raw(" \n");
        }
        page.Raw("\nUNRESTRICTED ITEMS \n \n");
        foreach (var item in meeting.Items)
            WriteItem(item, page);
    }

    private static string Present(IReadOnlyList<Attendee> attendees)
    {
        var names = attendees.Where(a => a.Attendance == AttendanceKinds.Present)
            .Select(a => a.Role is null ? a.Name : $"{a.Name} ({a.Role})").ToList();
        return names.Count < 2 ? string.Concat(names) + "." : string.Join(", ", names[..^1]) + " and " + names[^1] + ".";
    }

    private static void WriteItem(Item item, PageWriter page)
    {
        if (item.Restricted) page.Raw("EXEMPT ITEMS \n(Open Access to Minutes) \n \n");
        page.Raw($"{item.MinuteNumber}. {item.Title}  \n(Item {item.AgendaCode}) \n \n");
        foreach (var paragraph in item.Paragraphs)
        {
            var parts = paragraph.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                var text = paragraph.Number.Length > 0 && i == 0 ? Label(paragraph.Number) + " " + parts[i] : parts[i];
                page.Paragraph(text, cutFirstLine: paragraph.Number.Length > 0);
                page.Raw(" \n");
            }
            page.Raw("\n");
        }
    }

    /// <summary>"3" → "3.", "2(b)" → "(b)".</summary>
    private static string Label(string number)
    {
        var open = number.IndexOf('(');
        return open < 0 ? number + "." : number[open..];
    }

    /// <summary>Writes wrapped lines, inserting a page break (blank lines, no marker) every <see cref="PageLines"/> lines.</summary>
    private sealed class PageWriter(TextWriter output, int seed)
    {
        private readonly Random random = new(seed);
        private int lines;

        public void Raw(string text)
        {
            output.Write(text);
            lines += text.Count(c => c == '\n');
        }

        public void Paragraph(string text, bool cutFirstLine = false)
        {
            var first = true;
            foreach (var line in MinutesText.Wrap(text, Width))
            {
                output.Write(line);
                output.Write(" \n");
                if (++lines >= PageLines)
                {
                    output.Write("\n\n \n\n \n\n");
                    lines = 0;
                }
                else if (first && cutFirstLine && line.Length < text.Length && random.Next(3) == 0)
                    output.Write('\n');
                first = false;
            }
        }
    }
}
