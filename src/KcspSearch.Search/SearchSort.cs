using System.Text.Json.Serialization;

namespace KcspSearch.Search;

/// <summary>Order of hits: best match first (ties newest first), or newest meeting first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchSort>))]
public enum SearchSort
{
    [JsonStringEnumMemberName("relevance")] Relevance,
    [JsonStringEnumMemberName("date")] Date,
}
