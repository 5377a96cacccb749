using KcspSearch.Minutes.Model;
using KcspSearch.Search.Index;

namespace KcspSearch.Search;

/// <summary>One document to write with <see cref="SearchIndex.IndexMeetings"/>.</summary>
/// <param name="Meeting">The parsed meeting.</param>
/// <param name="Source">Where it came from; an unchanged content hash under the same key is skipped.</param>
/// <param name="Reindex">Write it again even when its content is unchanged (<c>kcsp reindex</c>).</param>
/// <remarks>
/// The rows to store are worked out when the write is created, on the caller's thread: parsers run in parallel, the
/// index has one writer, so the writer should have nothing left to do but insert.
/// </remarks>
public sealed record IndexWrite(Meeting Meeting, SourceInfo Source, bool Reindex = false)
{
    internal MeetingRows Rows { get; } = MeetingRows.From(Meeting);
}
