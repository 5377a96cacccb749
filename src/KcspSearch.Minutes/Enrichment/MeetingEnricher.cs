using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Adds what the text implies: acronyms (mined from the document's public items plus starter entries they use; an exempt
/// item's topics are matched with its own acronyms too), procedural items,
/// speakers normalised to people (<see cref="SpeakerEnricher"/>) and item topics from the <see cref="TopicTaxonomy"/>.
/// </summary>
public sealed class MeetingEnricher(TopicTaxonomy taxonomy, AcronymGlossary glossary) : IMeetingEnricher
{
    private readonly SpeakerEnricher speakers = new();
    private readonly AcronymMiner miner = new();

    public Meeting Enrich(Meeting meeting)
    {
        var all = Acronyms(meeting.Items, meeting.Attendees);
        // The index expands and shows acronyms to every caller: those defined only in exempt items stay out.
        var open = meeting.Items.Any(i => i.Restricted) ? Acronyms(meeting.Items.Where(i => !i.Restricted), meeting.Attendees) : all;
        var enriched = speakers.Enrich(meeting);
        return enriched with
        {
            Acronyms = open,
            Items = enriched.Items.Select(item => item with
            {
                Procedural = item.Procedural || ProceduralItemClassifier.IsProcedural(item.Title),
                Topics = taxonomy.Match(string.Join("\n\n", ItemTexts(item)), item.Restricted ? all : open),
            }).ToList(),
        };
    }

    /// <summary>Acronyms the document defines, then starter-glossary entries it uses that it does not define itself.</summary>
    private List<Acronym> Acronyms(IEnumerable<Item> items, IEnumerable<Attendee> attendees)
    {
        var texts = items.SelectMany(ItemTexts)
            .Concat(attendees.Select(a => a.Role).OfType<string>())
            .ToList();
        var mined = texts.SelectMany(miner.Mine).DistinctBy(a => a.Short, StringComparer.Ordinal).ToList();
        var defined = mined.Select(a => a.Short).ToHashSet(StringComparer.Ordinal);
        var used = glossary.FoundIn(string.Join("\n\n", texts)).Where(a => !defined.Contains(a.Short));
        return mined.Concat(used).ToList();
    }

    private static IEnumerable<string> ItemTexts(Item item) =>
        new[] { item.Title, item.Description }
            .Concat(item.Paragraphs.Select(p => p.Text))
            .Concat(item.Resolutions)
            .OfType<string>();
}
