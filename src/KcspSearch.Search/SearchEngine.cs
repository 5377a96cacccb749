namespace KcspSearch.Search;

/// <summary>
/// Answers queries over a <see cref="SearchIndex"/>: thread-safe, many concurrent readers while the writer writes.
/// </summary>
public sealed class SearchEngine(SearchIndex index, SearchOptions? options = null)
{
    public SearchIndex Index => index;

    public SearchOptions Options { get; } = options ?? SearchOptions.FromConfigDirectory(index.Directory);

    public SearchResponse Search(SearchRequest request, bool includeRestricted = false) => throw new NotImplementedException();

    public DecisionsResponse Decisions(SearchRequest request, bool includeRestricted = false) => throw new NotImplementedException();

    public IReadOnlyList<MeetingSummary> Meetings(bool includeRestricted = false, string? committee = null, DateOnly? from = null, DateOnly? to = null) =>
        throw new NotImplementedException();

    public MeetingDetail? Meeting(string id, bool includeRestricted = false) => throw new NotImplementedException();

    public ItemDetail? Item(string itemId, bool includeRestricted = false) => throw new NotImplementedException();

    public IReadOnlyList<SpeakerSummary> Speakers(bool includeRestricted = false) => throw new NotImplementedException();

    public IReadOnlyList<TopicSummary> Topics(bool includeRestricted = false) => throw new NotImplementedException();

    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit = 10, bool includeRestricted = false) => throw new NotImplementedException();
}
