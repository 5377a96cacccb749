using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Tests.Enrichment;

/// <summary>Small meetings built in code, in the styles of real KCSP minutes.</summary>
internal static class TestMeetings
{
    public static Meeting Meeting(params Item[] items) => Meeting([], items);

    public static Meeting Meeting(IReadOnlyList<Attendee> attendees, params Item[] items) => new()
    {
        Id = "kcsp-2020-03-18",
        Committee = "Kent Community Safety Partnership",
        Date = new DateOnly(2020, 3, 18),
        Attendees = attendees,
        Items = items,
    };

    /// <summary>An item whose paragraphs are numbered "1", "2", … in order.</summary>
    public static Item Item(int ordinal, string title, params string[] paragraphs) =>
        Item(ordinal, title, paragraphs.Select((text, i) => Paragraph((i + 1).ToString(), text)).ToArray());

    public static Item Item(int ordinal, string title, params Paragraph[] paragraphs) => new()
    {
        Ordinal = ordinal,
        Title = title,
        Paragraphs = paragraphs,
        Resolutions = paragraphs.Where(p => p.IsResolution).Select(p => p.Text).ToList(),
    };

    public static Paragraph Paragraph(string number, string text) => new(number, text, []);

    public static Paragraph Resolution(string number, string text) => new(number, text, []) { IsResolution = true };

    public static Attendee Present(string name, string? role = null) => new(name, null, role, AttendanceKinds.Present);

    public static Attendee InAttendance(string name, string? role = null) => new(name, null, role, AttendanceKinds.InAttendance);
}
