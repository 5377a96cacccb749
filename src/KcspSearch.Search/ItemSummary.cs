namespace KcspSearch.Search;

/// <summary>An item within <see cref="MeetingDetail"/>.</summary>
public sealed record ItemSummary(
    string ItemId,
    int Ordinal,
    string? MinuteNumber,
    string? AgendaCode,
    string Title,
    bool Restricted,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Resolutions);
