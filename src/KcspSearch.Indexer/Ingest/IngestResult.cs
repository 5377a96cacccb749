using System.Text.Json.Serialization;
using KcspSearch.Search;

namespace KcspSearch.Indexer.Ingest;

/// <summary>The result of ingesting one document.</summary>
/// <param name="FileName">The document's file name (its key in the index).</param>
/// <param name="MeetingId">The meeting it holds; null when it failed.</param>
/// <param name="Chunks">Chunks in the index for the document.</param>
/// <param name="Reason">For failures: the <see cref="KcspSearch.Minutes.MinutesError"/> name, or "Unexpected".</param>
/// <param name="Message">For failures: a sentence for the user naming the file and the problem.</param>
public sealed record IngestResult(
    string FileName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<IngestOutcome>))] IngestOutcome Outcome,
    string? MeetingId,
    int Chunks,
    string? Reason = null,
    string? Message = null)
{
    public bool Succeeded => Outcome != IngestOutcome.Failed;

    public static IngestResult From(string fileName, IndexResult result) => new(fileName, result.Outcome switch
    {
        IndexOutcome.Added => IngestOutcome.Added,
        IndexOutcome.Updated => IngestOutcome.Updated,
        _ => IngestOutcome.Unchanged,
    }, result.MeetingId, result.Chunks);

    public static IngestResult Failed(string fileName, string reason, string message) =>
        new(fileName, IngestOutcome.Failed, null, 0, reason, message);
}
