using System.Text.Json.Serialization;

namespace KcspSearch.Minutes.Model;

/// <summary>One meeting of a committee, parsed from a minutes document.</summary>
public sealed record Meeting
{
    /// <summary>Stable id: committee slug and date, e.g. <c>kcsp-2022-03-24</c>.</summary>
    public required string Id { get; init; }
    public required string Committee { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>"HH:mm", or null when the document gives no time (printed minutes).</summary>
    public string? StartTime { get; init; }
    public string? Venue { get; init; }
    public MeetingStatus Status { get; init; } = MeetingStatus.Unknown;
    public IReadOnlyList<Attendee> Attendees { get; init; } = [];
    public IReadOnlyList<Item> Items { get; init; } = [];
    /// <summary>Every person or office that speaks or attends, one entry per identity.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];
    /// <summary>Chunks that belong to the meeting rather than an item (attendance).</summary>
    public IReadOnlyList<Chunk> MeetingChunks { get; init; } = [];
    /// <summary>Acronyms defined in this document ("Violence Against Women and Girls (VAWG)").</summary>
    public IReadOnlyList<Acronym> Acronyms { get; init; } = [];
    /// <summary>The source format the meeting was parsed from.</summary>
    public SourceFormat Format { get; init; }

    /// <summary>Every chunk of the meeting in document order: meeting-level first, then item by item.</summary>
    [JsonIgnore]
    public IEnumerable<Chunk> AllChunks => MeetingChunks.Concat(Items.SelectMany(i => i.Chunks));
}

[JsonConverter(typeof(JsonStringEnumConverter<MeetingStatus>))]
public enum MeetingStatus
{
    [JsonStringEnumMemberName("unknown")] Unknown,
    [JsonStringEnumMemberName("draft")] Draft,
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}

[JsonConverter(typeof(JsonStringEnumConverter<SourceFormat>))]
public enum SourceFormat
{
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary>A ModernGov "Agenda and minutes" HTML page.</summary>
    [JsonStringEnumMemberName("moderngov-html")] ModernGovHtml,
    /// <summary>The text rendering of a ModernGov page.</summary>
    [JsonStringEnumMemberName("moderngov-text")] ModernGovText,
    /// <summary>Printed minutes, from a PDF (through pdftotext) or its extracted text.</summary>
    [JsonStringEnumMemberName("printed")] PrintedMinutes,
}
