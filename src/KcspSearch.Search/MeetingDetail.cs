namespace KcspSearch.Search;

/// <summary>A meeting with its items and people: <c>GET /api/meetings/{id}</c>. Restricted items appear only with the key.</summary>
public sealed record MeetingDetail(
    string Id,
    string Committee,
    DateOnly Date,
    string? StartTime,
    string? Venue,
    string Status,
    string Format,
    IReadOnlyList<AttendeeView> Attendees,
    IReadOnlyList<PersonView> People,
    IReadOnlyList<ItemSummary> Items);
