using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Adds what the text implies: acronyms (mined from the document plus starter entries it uses), procedural items,
/// speakers normalised to people (<see cref="SpeakerEnricher"/>) and item topics from the <see cref="TopicTaxonomy"/>.
/// </summary>
public sealed class MeetingEnricher(TopicTaxonomy taxonomy, AcronymGlossary glossary) : IMeetingEnricher
{
    private readonly SpeakerEnricher speakers = new();
    private readonly AcronymMiner miner = new();

    public Meeting Enrich(Meeting meeting)
    {
        var acronyms = Acronyms(meeting);
        var enriched = speakers.Enrich(meeting);
        return enriched with
        {
            Acronyms = acronyms,
            Items = enriched.Items.Select(item => item with
            {
                Procedural = item.Procedural || ProceduralItemClassifier.IsProcedural(item.Title),
                Topics = taxonomy.Match(string.Join("\n\n", ItemTexts(item)), acronyms),
            }).ToList(),
        };
    }

    /// <summary>Acronyms the document defines, then starter-glossary entries it uses that it does not define itself.</summary>
    private List<Acronym> Acronyms(Meeting meeting)
    {
        var texts = meeting.Items.SelectMany(ItemTexts)
            .Concat(meeting.Attendees.Select(a => a.Role).OfType<string>())
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
