using System.Text.Json.Serialization;

namespace KcspSearch.Minutes.Model;

/// <summary>The unit of search: one paragraph, sub-paragraph, resolution, procedural item or attendance list.</summary>
public sealed record Chunk
{
    /// <summary><c>{meetingId}/{itemOrdinal}/{paragraph}</c>; stable across re-indexing.</summary>
    public required string Id { get; init; }
    /// <summary>"2", "2(a)", "R" (a second resolution "R2"), "P" (procedural item), "A" (attendance).</summary>
    public required string Paragraph { get; init; }
    public required ChunkKind Kind { get; init; }
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public required string Text { get; init; }
    /// <summary>For a sub-paragraph, its parent's lead-in ("Mr Harper responded to questions as follows:").</summary>
    public string? LeadIn { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<ChunkKind>))]
public enum ChunkKind
{
    [JsonStringEnumMemberName("discussion")] Discussion,
    [JsonStringEnumMemberName("resolution")] Resolution,
    [JsonStringEnumMemberName("procedural")] Procedural,
    [JsonStringEnumMemberName("attendance")] Attendance,
}
