namespace KcspSearch.Search;

/// <summary>What <see cref="SearchIndex.IndexMeeting"/> did with a document.</summary>
public enum IndexOutcome
{
    Added,
    Updated,
    Unchanged,
}
