using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Tests.Enrichment;

/// <summary>
/// A deliberately crude reading of the printed-minutes seed text, independent of the real parser: minute headings
/// ("241. Mental Health Update"), numbered paragraphs, "(a)" sub-paragraphs and the attendance lists.
/// </summary>
internal static partial class SeedMinutes
{
    public static Meeting Read(string text)
    {
        var attendance = text[text.IndexOf("PRESENT:", StringComparison.Ordinal)..text.IndexOf("UNRESTRICTED ITEMS", StringComparison.Ordinal)];
        var inAttendanceAt = attendance.IndexOf("IN ATTENDANCE:", StringComparison.Ordinal);
        var attendees = AttendeeName().Matches(attendance)
            .Select(m => new Attendee(
                Regex.Replace(m.Groups["name"].Value, @"\s+", " "),
                null,
                m.Groups["role"].Success ? Regex.Replace(m.Groups["role"].Value, @"\s+", " ") : null,
                m.Index > inAttendanceAt ? AttendanceKinds.InAttendance : AttendanceKinds.Present))
            .ToList();

        var items = new List<Item>();
        var paragraphs = new List<Paragraph>();
        string? minute = null, title = null, number = null, parent = null;
        var current = new List<string>();

        void EndParagraph()
        {
            if (number is null || current.Count == 0) return;
            var body = Regex.Replace(string.Join(" ", current), @"\s+", " ").Trim();
            paragraphs.Add(new Paragraph(number, body, []) { IsResolution = body.StartsWith("It was RESOLVED", StringComparison.Ordinal) });
            current.Clear();
        }

        void EndItem()
        {
            EndParagraph();
            if (minute is null) return;
            items.Add(new Item
            {
                Ordinal = items.Count + 1,
                MinuteNumber = minute,
                Title = title!,
                Paragraphs = paragraphs.ToList(),
                Resolutions = paragraphs.Where(p => p.IsResolution).Select(p => p.Text).ToList(),
            });
            paragraphs.Clear();
        }

        foreach (var line in text[text.IndexOf("UNRESTRICTED ITEMS", StringComparison.Ordinal)..].Split('\n'))
        {
            Match m;
            if ((m = MinuteHeading().Match(line)).Success)
            {
                EndItem();
                (minute, title, number, parent) = (m.Groups[1].Value, m.Groups[2].Value.Trim(), null, null);
            }
            else if (line.TrimStart().StartsWith("(Item ", StringComparison.Ordinal) || line.StartsWith("http", StringComparison.Ordinal)) { }
            else if ((m = NumberedLine().Match(line)).Success)
            {
                EndParagraph();
                number = parent = m.Groups[1].Value;
                current.Add(m.Groups[2].Value);
            }
            else if ((m = LetteredLine().Match(line)).Success)
            {
                EndParagraph();
                number = $"{parent}({m.Groups[1].Value})";
                current.Add(m.Groups[2].Value);
            }
            else if (minute is not null && line.Trim().Length > 0)
            {
                number ??= "";
                current.Add(line);
            }
        }
        EndItem();

        return new Meeting
        {
            Id = "kcsp-2019-10-08",
            Committee = "Kent Community Safety Partnership",
            Date = new DateOnly(2019, 10, 8),
            Attendees = attendees,
            Items = items,
        };
    }

    [GeneratedRegex(@"(?<name>(?:Mr|Ms|Mrs|Miss|Dr)\s+[A-Z]\s+(?:Ms\s+)?[A-Z][\w-]+(?:,\s*OBE)?)(?:\s*\((?<role>[^)]*)\))?")]
    private static partial Regex AttendeeName();

    [GeneratedRegex(@"^(\d{3})\.\s+(.+)$")]
    private static partial Regex MinuteHeading();

    [GeneratedRegex(@"^\s*(\d{1,2})\.\s+(.*)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\s*\(([a-h])\)\s*(.*)$")]
    private static partial Regex LetteredLine();
}
