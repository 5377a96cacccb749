using KcspSearch.Minutes.Model;
using KcspSearch.Search.Index;

namespace KcspSearch.Search;

/// <summary>
/// One document to write with <see cref="SearchIndex.IndexMeetings"/>. The rows to store are worked out here, when
/// the write is created on the caller's thread: parsers run in parallel and the index has one writer, so the writer
/// should have nothing left to do but insert.
/// </summary>
public sealed class IndexWrite
{
    /// <param name="meeting">The parsed meeting.</param>
    /// <param name="source">Where it came from; an unchanged content hash under the same key is skipped.</param>
    /// <param name="reindex">Write it again even when its content is unchanged (<c>kcsp reindex</c>).</param>
    public IndexWrite(Meeting meeting, SourceInfo source, bool reindex = false)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(source);
        Meeting = meeting;
        Source = source;
        Reindex = reindex;
        Rows = MeetingRows.From(meeting);
    }

    public Meeting Meeting { get; }
    public SourceInfo Source { get; }
    public bool Reindex { get; }
    internal MeetingRows Rows { get; }
}
