namespace KcspSearch.Search.Index;

/// <summary>
/// Column-oriented "doc values" of every chunk, indexed by FTS rowid, plus the small dimension tables
/// (meetings, items, people, topics, committees, vocabulary). Loaded once per index <see cref="Version"/> so
/// filters, facet counts, grouping and ranking tie-breaks never go back to SQL.
/// </summary>
internal sealed class IndexSnapshot
{
    public required long Version { get; init; }

    /// <summary>Highest rowid + 1; the length of every per-chunk array.</summary>
    public required int Capacity { get; init; }
    public required byte[] Flags { get; init; }
    public required int[] Meeting { get; init; }
    /// <summary>Index into <see cref="Items"/>, or -1 for meeting-level chunks (attendance).</summary>
    public required int[] Item { get; init; }
    public required byte[] Kind { get; init; }
    public required string[] ChunkIds { get; init; }
    public required string[] Paragraphs { get; init; }
    /// <summary>CSR layout: the topics of rowid r are TopicIds[TopicStart[r]..TopicStart[r+1]).</summary>
    public required int[] TopicStart { get; init; }
    public required int[] TopicIds { get; init; }
    public required int[] SpeakerStart { get; init; }
    public required int[] SpeakerIds { get; init; }

    public required IReadOnlyList<MeetingInfo> Meetings { get; init; }
    public required IReadOnlyList<ItemInfo> Items { get; init; }
    public required IReadOnlyList<PersonInfo> People { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required IReadOnlyList<string> Committees { get; init; }
    public required IReadOnlyDictionary<string, int> PersonIndex { get; init; }
    public required IReadOnlyDictionary<string, int> TopicIndex { get; init; }
    public required IReadOnlyDictionary<string, int> MeetingIndex { get; init; }
    /// <summary>Acronyms defined in the indexed minutes.</summary>
    public required IReadOnlyList<(string Short, string Expansion)> Acronyms { get; init; }
    public required VocabularyTable Vocabulary { get; init; }

    public const byte Present = 1;
    public const byte Restricted = 2;

    public bool IsVisible(int rowid, bool includeRestricted) =>
        (uint)rowid < (uint)Capacity && (Flags[rowid] & Present) != 0 && (includeRestricted || (Flags[rowid] & Restricted) == 0);

    public DateOnly Date(int rowid) => Meetings[Meeting[rowid]].Date;

    public ReadOnlySpan<int> TopicsOf(int rowid) => TopicIds.AsSpan(TopicStart[rowid], TopicStart[rowid + 1] - TopicStart[rowid]);

    public ReadOnlySpan<int> SpeakersOf(int rowid) => SpeakerIds.AsSpan(SpeakerStart[rowid], SpeakerStart[rowid + 1] - SpeakerStart[rowid]);

    public IEnumerable<int> AllRowIds()
    {
        for (var r = 0; r < Capacity; r++)
            if ((Flags[r] & Present) != 0) yield return r;
    }
}

/// <summary>A meeting as the hot path needs it.</summary>
internal sealed record MeetingInfo(string Id, int Committee, DateOnly Date);

/// <summary>An item as the hot path needs it; <see cref="Resolutions"/> are rowids of its resolution chunks.</summary>
internal sealed record ItemInfo(int Meeting, int Ordinal, string? MinuteNumber, string Title, bool Restricted)
{
    public List<int> Resolutions { get; } = [];
}

/// <summary>One identity across meetings, with the name and role from its latest meeting.</summary>
internal sealed record PersonInfo(string Id, string Name, string? Role, string? Organisation, bool IsOffice);
