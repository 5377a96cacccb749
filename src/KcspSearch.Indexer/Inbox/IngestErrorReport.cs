using System.Text.Json;
using System.Text.Json.Serialization;

namespace KcspSearch.Indexer.Inbox;

/// <summary>The <c>&lt;name&gt;.error.json</c> written beside a file in <c>failed/</c>.</summary>
/// <param name="Reason">The <see cref="KcspSearch.Minutes.MinutesError"/> name ("CorruptDocument", "NotMinutes" ...), or "Unexpected".</param>
public sealed record IngestErrorReport(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("time")] DateTimeOffset Time)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string PathFor(string failedFile) => failedFile + ".error.json";

    public void WriteBeside(string failedFile) =>
        System.IO.File.WriteAllText(PathFor(failedFile), JsonSerializer.Serialize(this, Indented));

    public static IngestErrorReport? ReadBeside(string failedFile) =>
        System.IO.File.Exists(PathFor(failedFile))
            ? JsonSerializer.Deserialize<IngestErrorReport>(System.IO.File.ReadAllText(PathFor(failedFile)))
            : null;
}
