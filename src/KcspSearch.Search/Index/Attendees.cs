namespace KcspSearch.Search.Index;

/// <summary>
/// A meeting's attendees as stored: one JSON array of [name, person id, role, attendance] per attendee, which is
/// half the size of repeating the property names for every attendee of every meeting.
/// </summary>
internal static class Attendees
{
    public static string Write(IEnumerable<AttendeeView> attendees) =>
        Json.Write(attendees.Select(a => new[] { a.Name, a.PersonId, a.Role, a.Attendance }));

    public static AttendeeView[] Read(string json) =>
        Json.Read<string?[][]>(json, []).Select(a => new AttendeeView(a[0] ?? "", a[1], a[2], a[3] ?? "")).ToArray();
}
