using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Fills who speaks: <see cref="Paragraph.Speakers"/>, <see cref="Item.Speakers"/>, <see cref="Attendee.PersonId"/>
/// and <see cref="Meeting.People"/> (everyone who attends or speaks), one identity per person.
/// A pronoun ("He informed the KCSP") continues the item's previous speaker; a sub-paragraph with no speaker of
/// its own continues its lead-in ("Mr Barrington-King responded to comments and questions as follows:").
/// </summary>
public sealed class SpeakerEnricher(SpeakerDetector detector)
{
    public SpeakerEnricher() : this(new SpeakerDetector())
    {
    }

    public Meeting Enrich(Meeting meeting)
    {
        var input = new List<NameMention>();
        var attendeeSlots = meeting.Attendees.Select(a => AddAttendee(input, a)).ToList();
        var paragraphSlots = meeting.Items
            .Select(item => item.Paragraphs.Select(p => AddParagraph(input, p.Text)).ToList())
            .ToList();
        var directory = PersonDirectory.Build(input);

        var items = meeting.Items.Select((item, i) => EnrichItem(item, paragraphSlots[i], input, directory)).ToList();
        var attendees = meeting.Attendees.Select((a, i) => a with { PersonId = attendeeSlots[i] is { } slot ? directory.Ids[slot] : null }).ToList();

        var peopleIds = attendees.Select(a => a.PersonId)
            .Concat(items.SelectMany(item => item.Speakers))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        return meeting with { Items = items, Attendees = attendees, People = peopleIds.Select(id => directory[id]).ToList() };
    }

    private static int? AddAttendee(List<NameMention> input, Attendee attendee)
    {
        if (PersonName.Parse(attendee.Name) is not { } name) return null;
        input.Add(new NameMention(MentionKind.Person, -1, attendee.Name) { Name = name, Bracket = attendee.Role });
        return input.Count - 1;
    }

    private List<int> AddParagraph(List<NameMention> input, string text)
    {
        var slots = new List<int>();
        foreach (var mention in detector.Detect(text))
        {
            slots.Add(input.Count);
            input.Add(mention);
        }
        return slots;
    }

    private static Item EnrichItem(Item item, List<List<int>> slots, List<NameMention> input, PersonDirectory directory)
    {
        string? previous = null;
        var paragraphs = new List<Paragraph>();
        for (var p = 0; p < item.Paragraphs.Count; p++)
        {
            var speakers = new List<string>();
            foreach (var slot in slots[p].Where(s => input[s].IsSpeaker))
            {
                var id = input[slot].Kind == MentionKind.Pronoun ? previous : directory.Ids[slot];
                if (id is null) continue;
                if (!speakers.Contains(id)) speakers.Add(id);
                previous = id;
            }

            var paragraph = item.Paragraphs[p];
            if (speakers.Count == 0 && LeadIns.ParentOf(paragraph, paragraphs) is { } leadIn && LeadIns.EndsAsFollows(leadIn.Text))
                speakers.AddRange(leadIn.Speakers);
            paragraphs.Add(paragraph with { Speakers = speakers });
        }

        var itemSpeakers = paragraphs.SelectMany(p => p.Speakers).Distinct(StringComparer.Ordinal).ToList();
        return item with { Paragraphs = paragraphs, Speakers = itemSpeakers };
    }
}
