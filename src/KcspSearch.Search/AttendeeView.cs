namespace KcspSearch.Search;

/// <summary>One attendee of a meeting as stored in the index.</summary>
public sealed record AttendeeView(string Name, string? PersonId, string? Role, string Attendance);
