namespace KcspSearch.Search;

/// <summary>A topic with the number of visible chunks tagged with it.</summary>
public sealed record TopicSummary(string Id, string Label, int Count);
