namespace KcspSearch.Search;

/// <summary>One identity of a meeting (speaker or attendee).</summary>
public sealed record PersonView(string PersonId, string Name, string? Role, string? Organisation, bool IsOffice);
