namespace KcspSearch.Search;

/// <summary>A meeting in a list: <c>GET /api/meetings</c>.</summary>
public sealed record MeetingSummary(
    string Id,
    string Committee,
    DateOnly Date,
    string? StartTime,
    string? Venue,
    string Status,
    int Items,
    int Chunks);
