using System.Text;
using System.Text.RegularExpressions;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Chunking;

/// <summary>
/// Cuts an enriched meeting into chunks with stable ids <c>{meetingId}/{itemOrdinal}/{paragraph}</c>: one per numbered
/// paragraph or sub-paragraph ("2", "2(a)"; unnumbered ones "U1", "U2"), one per resolution ("R", "R2"), one per
/// procedural item ("P") and one attendance chunk per meeting (item 0, "A"). Chunks carry their paragraph's
/// speakers and links, the item's topics (generic ones only where they occur) plus topics found in their own text.
/// </summary>
public sealed partial class Chunker(TopicTaxonomy taxonomy) : IChunker
{
    /// <summary>Leftover text beside a resolution shorter than this many words is not a discussion chunk of its own.</summary>
    private const int MinDiscussionWords = 3;

    public Chunker() : this(TopicTaxonomy.Default)
    {
    }

    public Meeting Chunk(Meeting meeting) => meeting with
    {
        MeetingChunks = AttendanceChunk(meeting) is { } attendance ? [attendance] : [],
        Items = meeting.Items.Select(item => item with { Chunks = ChunkItem(meeting, item) }).ToList(),
    };

    private IReadOnlyList<Chunk> ChunkItem(Meeting meeting, Item item)
    {
        var topics = ItemTopics(item, meeting.Acronyms);
        var chunks = item.Procedural ? [ProceduralChunk(meeting, item, topics)] : DiscussionChunks(meeting, item, topics).Concat(ResolutionChunks(meeting, item, topics));
        return UniqueIds(chunks).ToList();
    }

    private Chunk ProceduralChunk(Meeting meeting, Item item, IReadOnlyList<string> itemTopics)
    {
        var text = string.Join("\n\n", item.Paragraphs.Select(p => p.Text)
            .Concat(item.Resolutions.Where(r => !item.Paragraphs.Any(p => Contains(p.Text, r))))
            .Where(t => !string.IsNullOrWhiteSpace(t)));
        // An empty "Introduction" still gets a chunk, so the item can be found by its title.
        if (text.Length == 0) text = item.Title;
        return NewChunk(meeting, item, itemTopics, "P", ChunkKind.Procedural, text) with
        {
            Speakers = item.Speakers,
            Links = item.Paragraphs.SelectMany(p => p.Links).Distinct().ToList(),
        };
    }

    private IEnumerable<Chunk> DiscussionChunks(Meeting meeting, Item item, IReadOnlyList<string> itemTopics)
    {
        var unnumbered = 0;
        for (var i = 0; i < item.Paragraphs.Count; i++)
        {
            var paragraph = item.Paragraphs[i];
            var text = paragraph.IsResolution ? TextBesideResolutions(paragraph.Text, item.Resolutions) : paragraph.Text.Trim();
            if (text.Length == 0) continue;

            var number = paragraph.Number.Length > 0 ? paragraph.Number : $"U{++unnumbered}";
            yield return NewChunk(meeting, item, itemTopics, number, ChunkKind.Discussion, text) with
            {
                Speakers = paragraph.Speakers,
                Links = paragraph.Links,
                LeadIn = LeadInFor(paragraph, item.Paragraphs.Take(i)),
            };
        }
    }

    private IEnumerable<Chunk> ResolutionChunks(Meeting meeting, Item item, IReadOnlyList<string> itemTopics)
    {
        var resolutions = item.Resolutions.Count > 0
            ? item.Resolutions
            : item.Paragraphs.Where(p => p.IsResolution).Select(p => p.Text).ToList();
        for (var i = 0; i < resolutions.Count; i++)
        {
            // Only a paragraph that is this resolution and nothing else lends it speakers and links.
            var own = item.Paragraphs.FirstOrDefault(p => p.IsResolution && Normalise(p.Text) == Normalise(resolutions[i]));
            yield return NewChunk(meeting, item, itemTopics, i == 0 ? "R" : $"R{i + 1}", ChunkKind.Resolution, resolutions[i].Trim()) with
            {
                Speakers = own?.Speakers ?? [],
                Links = own?.Links ?? item.Paragraphs.Where(p => p.IsResolution && Contains(p.Text, resolutions[i])).SelectMany(p => p.Links).ToList(),
            };
        }
    }

    /// <summary>A chunk has the item's topics (<see cref="ItemTopics"/>) plus those in its own text.</summary>
    private Chunk NewChunk(Meeting meeting, Item item, IReadOnlyList<string> itemTopics, string paragraph, ChunkKind kind, string text) => new()
    {
        Id = $"{meeting.Id}/{item.Ordinal}/{paragraph}",
        Paragraph = paragraph,
        Kind = kind,
        Text = text,
        Topics = itemTopics.Concat(taxonomy.Match(text, meeting.Acronyms))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList(),
    };

    /// <summary>The item's topics, except generic ones its title does not name, and those of its title.</summary>
    private List<string> ItemTopics(Item item, IReadOnlyList<Acronym> acronyms)
    {
        var fromTitle = taxonomy.Match(item.Title, acronyms);
        var inherited = item.Topics.Where(t => taxonomy.Find(t) is not { Generic: true } || fromTitle.Contains(t));
        return inherited.Concat(fromTitle).ToList();
    }

    private static string? LeadInFor(Paragraph paragraph, IEnumerable<Paragraph> before) =>
        LeadIns.ParentOf(paragraph, before) is { } parent
        && (LeadIns.EndsAsFollows(parent.Text) || parent.Text.Trim().Length <= LeadIns.ShortParentLength)
            ? parent.Text.Trim()
            : null;

    private static Chunk? AttendanceChunk(Meeting meeting)
    {
        if (meeting.Attendees.Count == 0) return null;
        var text = new StringBuilder();
        foreach (var group in meeting.Attendees.GroupBy(a => a.Attendance))
        {
            if (text.Length > 0) text.Append('\n');
            text.Append(AttendanceLabel(group.Key)).Append(": ")
                .AppendJoin(", ", group.Select(a => a.Role is null ? a.Name : $"{a.Name} ({a.Role})"))
                .Append('.');
        }
        return new Chunk
        {
            Id = $"{meeting.Id}/0/A",
            Paragraph = "A",
            Kind = ChunkKind.Attendance,
            Text = text.ToString(),
        };
    }

    private static string AttendanceLabel(string attendance) => attendance switch
    {
        AttendanceKinds.InAttendance => "In attendance",
        "" => "Present",
        _ => char.ToUpperInvariant(attendance[0]) + attendance[1..],
    };

    /// <summary>A paragraph that carries a resolution keeps whatever discussion stands beside it.</summary>
    private static string TextBesideResolutions(string text, IEnumerable<string> resolutions)
    {
        var rest = Normalise(text);
        var matched = false;
        foreach (var resolution in resolutions.Select(Normalise).Where(r => r.Length > 0))
        {
            if (resolution.Contains(rest, StringComparison.Ordinal)) return "";
            if (!rest.Contains(resolution, StringComparison.Ordinal)) continue;
            rest = rest.Replace(resolution, " ", StringComparison.Ordinal).Trim();
            matched = true;
        }
        return matched && Word().Count(rest) >= MinDiscussionWords ? rest : "";
    }

    // Parsers can number two paragraphs alike; a suffix keeps ids unique and still stable.
    private static IEnumerable<Chunk> UniqueIds(IEnumerable<Chunk> chunks)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            var count = seen[chunk.Id] = seen.GetValueOrDefault(chunk.Id) + 1;
            yield return count == 1 ? chunk : chunk with { Id = $"{chunk.Id}~{count}", Paragraph = $"{chunk.Paragraph}~{count}" };
        }
    }

    private static bool Contains(string text, string part) => Normalise(text).Contains(Normalise(part), StringComparison.Ordinal);

    private static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
