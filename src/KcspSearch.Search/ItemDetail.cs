namespace KcspSearch.Search;

/// <summary>One item with its full text: <c>GET /api/items/{meetingId}/{ordinal}</c>.</summary>
public sealed record ItemDetail(
    string ItemId,
    string MeetingId,
    DateOnly MeetingDate,
    string Committee,
    int Ordinal,
    string? MinuteNumber,
    string? AgendaCode,
    string Title,
    bool Restricted,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Resolutions,
    IReadOnlyList<ChunkView> Chunks);
