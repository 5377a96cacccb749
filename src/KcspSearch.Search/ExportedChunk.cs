using System.Text.Json.Serialization;

namespace KcspSearch.Search;

/// <summary>One line of <c>kcsp export --jsonl</c>.</summary>
/// <param name="Speaker">Display names of the chunk's speakers, comma-separated; null when nobody is named.</param>
public sealed record ExportedChunk(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("meeting_date")] DateOnly MeetingDate,
    [property: JsonPropertyName("committee")] string Committee,
    [property: JsonPropertyName("item_title")] string? ItemTitle,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text);
