using System.Globalization;
using KcspSearch.Minutes.Model;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Index;

/// <summary>
/// A meeting as the index stores it: cleaned texts, JSON lists, derived ids and lead-ins worked out in advance.
/// Built where the document is parsed (see <see cref="IndexWrite"/>), so the single writer only inserts rows.
/// </summary>
internal sealed class MeetingRows
{
    public required string Date { get; init; }
    public required string Status { get; init; }
    public required string Format { get; init; }
    public required string Attendees { get; init; }
    public required IReadOnlyList<ChunkRow> Chunks { get; init; }
    public required IReadOnlyList<ItemRow> Items { get; init; }

    public static MeetingRows From(Meeting meeting)
    {
        var chunks = ChunkRows(meeting);
        return new MeetingRows
        {
            Date = meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = Json.Write(meeting.Status).Trim('"'),
            Format = Json.Write(meeting.Format).Trim('"'),
            Attendees = Index.Attendees.Write(meeting.Attendees.Select(a => new AttendeeView(a.Name, a.PersonId, a.Role, a.Attendance))),
            Chunks = chunks,
            Items = ItemRows(meeting, chunks),
        };
    }

    private static List<ChunkRow> ChunkRows(Meeting meeting)
    {
        var names = meeting.People.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.First().Name);
        // As the items table keeps them (the first of an ordinal): the title the content view joins in.
        var titles = meeting.Items.DistinctBy(i => i.Ordinal).ToDictionary(i => i.Ordinal, i => Words.Clean(i.Title));
        var rows = new List<ChunkRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rowOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (c, item) in meeting.MeetingChunks.Select(c => (c, (Item?)null))
                     .Concat(meeting.Items.SelectMany(i => i.Chunks.Select(c => (c, (Item?)i)))))
        {
            if (!seen.Add(c.Id)) continue;
            var text = Words.Clean(c.Text);
            var leadIn = c.LeadIn is null ? null : Words.Clean(c.LeadIn);
            var regularId = $"{meeting.Id}/{(item?.Ordinal ?? 0).ToString(CultureInfo.InvariantCulture)}/{c.Paragraph}";
            rows.Add(new ChunkRow(
                StoredId: c.Id == regularId ? null : c.Id,
                Ordinal: item?.Ordinal,
                Paragraph: c.Paragraph,
                Kind: c.Kind,
                Restricted: item?.Restricted == true,
                SpeakerIds: JsonList(c.Speakers),
                TopicIds: JsonList(c.Topics),
                Links: JsonList(c.Links),
                Text: text,
                LeadIn: leadIn,
                // A lead-in is usually the text of the parent paragraph's own chunk: point at it rather than repeat it.
                LeadInRow: leadIn is not null && rowOfText.TryGetValue(leadIn, out var parent) ? parent : null,
                Title: item is null ? null : titles[item.Ordinal],
                Speakers: c.Speakers.Count == 0 ? null
                    : string.Join(" ", c.Speakers.Select(s => names.TryGetValue(s, out var n) ? $"{n} {s}" : s))));
            rowOfText.TryAdd(text, rows.Count - 1);
        }
        return rows;
    }

    /// <summary>
    /// One row per item ordinal: an item whose resolutions are exactly the texts of the resolution chunks stored
    /// under its ordinal stores NULL instead of repeating them.
    /// </summary>
    private static List<ItemRow> ItemRows(Meeting meeting, List<ChunkRow> chunks)
    {
        var resolutionChunks = chunks.Where(c => c.Ordinal is not null && c.Kind == ChunkKind.Resolution)
            .GroupBy(c => c.Ordinal!.Value).ToDictionary(g => g.Key, g => g.Select(c => c.Text).ToList());
        return meeting.Items.DistinctBy(i => i.Ordinal).Select(it =>
        {
            var derived = it.Resolutions.Count > 0
                && resolutionChunks.TryGetValue(it.Ordinal, out var texts) && texts.SequenceEqual(it.Resolutions, StringComparer.Ordinal);
            return new ItemRow(it, Words.Clean(it.Title), Json.Write(it.Topics), Json.Write(it.Speakers),
                derived ? null : Json.Write(it.Resolutions), Json.Write(it.Documents));
        }).ToList();
    }

    private static string? JsonList(IReadOnlyCollection<string> values) => values.Count == 0 ? null : Json.Write(values);
}

/// <summary>A chunk's row; <paramref name="LeadInRow"/> is the earlier row of the meeting whose text is its lead-in.</summary>
internal sealed record ChunkRow(
    string? StoredId, int? Ordinal, string Paragraph, ChunkKind Kind, bool Restricted, string? SpeakerIds, string? TopicIds,
    string? Links, string Text, string? LeadIn, int? LeadInRow, string? Title, string? Speakers);

/// <summary>An item's row: the item and its columns that are computed (JSON lists, the cleaned title).</summary>
internal sealed record ItemRow(Item Item, string Title, string Topics, string Speakers, string? Resolutions, string Documents);
