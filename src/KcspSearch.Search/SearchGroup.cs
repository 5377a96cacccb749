using System.Text.Json.Serialization;

namespace KcspSearch.Search;

/// <summary>How hits are grouped: one per item (best passages of each item) or one per chunk.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchGroup>))]
public enum SearchGroup
{
    [JsonStringEnumMemberName("item")] Item,
    [JsonStringEnumMemberName("chunk")] Chunk,
}
