namespace KcspSearch.Search;

/// <summary>A person who speaks in the minutes, with how many visible chunks name them.</summary>
public sealed record SpeakerSummary(string PersonId, string Name, string? Role, string? Organisation, int Chunks);
