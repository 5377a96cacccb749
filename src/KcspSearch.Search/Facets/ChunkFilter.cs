using KcspSearch.Search.Index;

namespace KcspSearch.Search.Facets;

/// <summary>
/// Field filters evaluated against the in-memory doc values: OR within a field, AND across fields.
/// A field given values that name nothing in the index (an unknown speaker) matches nothing.
/// </summary>
internal sealed class ChunkFilter
{
    public bool IncludeRestricted { get; init; }
    public HashSet<int>? Topics { get; init; }
    public HashSet<int>? Speakers { get; init; }
    public HashSet<int>? Committees { get; init; }
    public bool[]? Kinds { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Bare years: any of them.</summary>
    public HashSet<int>? Years { get; init; }

    /// <summary>True when only visibility is checked.</summary>
    public bool IsEmpty => Topics is null && Speakers is null && Committees is null && Kinds is null && From is null && To is null && Years is null;

    public bool Matches(IndexSnapshot s, int rowid)
    {
        if (!s.IsVisible(rowid, IncludeRestricted)) return false;
        if (Kinds is not null && !Kinds[s.Kind[rowid]]) return false;
        var meeting = s.Meetings[s.Meeting[rowid]];
        if (From is { } from && meeting.Date < from) return false;
        if (To is { } to && meeting.Date > to) return false;
        if (Years is not null && !Years.Contains(meeting.Date.Year)) return false;
        if (Committees is not null && !Committees.Contains(meeting.Committee)) return false;
        if (Topics is not null && !AnyIn(s.TopicsOf(rowid), Topics)) return false;
        if (Speakers is not null && !AnyIn(s.SpeakersOf(rowid), Speakers)) return false;
        return true;
    }

    private static bool AnyIn(ReadOnlySpan<int> values, HashSet<int> wanted)
    {
        foreach (var v in values)
            if (wanted.Contains(v)) return true;
        return false;
    }
}
