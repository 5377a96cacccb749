using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;

namespace KcspSearch.Search.Tests.Support;

/// <summary>Builds chunked meetings in code, shaped like the pipeline's output for the real seeds.</summary>
public sealed class MeetingBuilder(string committee, DateOnly date)
{
    private readonly List<Item> items = [];
    private readonly List<Person> people = [];
    private readonly List<Acronym> acronyms = [];

    public string Id { get; } = MeetingIds.For(committee, date);

    public MeetingBuilder Person(string id, string name, string? role = null, string? organisation = null)
    {
        people.Add(new Person(id, name, role, organisation));
        return this;
    }

    public MeetingBuilder Acronym(string shortForm, string expansion)
    {
        acronyms.Add(new Acronym(shortForm, expansion));
        return this;
    }

    public MeetingBuilder Item(string title, string[] topics, Action<ItemBuilder> build, bool restricted = false, string? minute = null)
    {
        var builder = new ItemBuilder(Id, items.Count + 1, topics);
        build(builder);
        items.Add(builder.Build(title, restricted, minute));
        return this;
    }

    public Meeting Build() => new()
    {
        Id = Id,
        Committee = committee,
        Date = date,
        Items = items,
        People = people,
        Acronyms = acronyms,
        Status = MeetingStatus.Draft,
    };
}

/// <summary>Paragraphs and resolutions of one item, each becoming a chunk with a stable id.</summary>
public sealed class ItemBuilder(string meetingId, int ordinal, string[] topics)
{
    private readonly List<Paragraph> paragraphs = [];
    private readonly List<string> resolutions = [];
    private readonly List<Chunk> chunks = [];

    public ItemBuilder Para(string number, string text, params string[] speakers)
    {
        paragraphs.Add(new Paragraph(number, text, speakers));
        chunks.Add(new Chunk
        {
            Id = $"{meetingId}/{ordinal}/{number}",
            Paragraph = number,
            Kind = ChunkKind.Discussion,
            Speakers = speakers,
            Topics = topics,
            Text = text,
        });
        return this;
    }

    /// <summary>Gives the last chunk added a lead-in (as a sub-paragraph has).</summary>
    public ItemBuilder LeadIn(string leadIn)
    {
        chunks[^1] = chunks[^1] with { LeadIn = leadIn };
        return this;
    }

    public ItemBuilder Resolution(string text)
    {
        resolutions.Add(text);
        var number = resolutions.Count == 1 ? "R" : $"R{resolutions.Count}";
        chunks.Add(new Chunk { Id = $"{meetingId}/{ordinal}/{number}", Paragraph = number, Kind = ChunkKind.Resolution, Topics = topics, Text = text });
        return this;
    }

    public Item Build(string title, bool restricted, string? minute) => new()
    {
        Ordinal = ordinal,
        MinuteNumber = minute,
        Title = title,
        Restricted = restricted,
        Topics = topics,
        Speakers = paragraphs.SelectMany(p => p.Speakers).Distinct().ToList(),
        Paragraphs = paragraphs,
        Resolutions = resolutions,
        Chunks = chunks,
    };
}
