using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;
using static KcspSearch.Minutes.Tests.Enrichment.TestMeetings;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class MeetingEnricherTests
{
    private readonly MeetingEnricher enricher = new(TopicTaxonomy.Default, AcronymGlossary.Default);

    [Fact]
    public void Enrich_Acronyms_AreMinedDefinitionsThenStarterEntriesWhoseShortOrLongFormOccurs()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(3, "Kent Community Safety Agreement Review and Refresh",
                "Ms Brinson wanted to draw attention to Violence Against Women and Girls (VAWG) being an emerging concern.",
                "Ms Brinson confirmed that the Kent Community Safety Team (KCST) would be hybrid; KCC would host it.")));

        Assert.Equal(
            [
                new Acronym("VAWG", "Violence Against Women and Girls"),
                new Acronym("KCST", "Kent Community Safety Team"),
                new Acronym("CSA", "Community Safety Agreement"),
                new Acronym("KCC", "Kent County Council"),
            ],
            meeting.Acronyms);
    }

    [Fact]
    public void Enrich_ProceduralTitles_AreMarkedProcedural()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Introduction", Array.Empty<Paragraph>()),
            Item(2, "Notes of meeting held on 17 July 2019", Resolution("", "It was RESOLVED that the notes be signed.")),
            Item(3, "Domestic Homicide Review Update", "Mr Peerbux provided an update.")));

        Assert.Equal([true, true, false], meeting.Items.Select(i => i.Procedural));
    }

    [Fact]
    public void Enrich_ItemTopics_ComeFromTitleTextAndAcronymExpansions()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(8, "Domestic Homicide Review Update",
                "Mr Peerbux confirmed that there is a funding model in place with all partners contributing towards DHRs.",
                "Addaction were working closely with Child and Adolescent Mental Health Services (CAMHS)."),
            Item(9, "Kent and Medway Joint Exploitation Group Update",
                "Members received an update; CAMHS were not discussed.")));

        Assert.Equal(["DHR", "funding", "mental-health"], meeting.Items[0].Topics);
        Assert.Equal(["exploitation", "mental-health"], meeting.Items[1].Topics);
    }

    [Fact]
    public void Enrich_ItemTopics_UseCaseSensitiveAcronyms()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Update", "Ms Brinson advised that the data would be shared."),
            Item(2, "Update", "Ms Brinson advised that the DA workstream would be shared.")));

        Assert.Empty(meeting.Items[0].Topics);
        Assert.Equal(["domestic-abuse"], meeting.Items[1].Topics);
    }

    [Fact]
    public void Enrich_FillsSpeakersPeopleAndAttendeeIds()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Mr M Powell")],
            Item(1, "Kent and Medway Violence Reduction Unit Update",
                "In response to a question, Mr Powell confirmed that there was a focus on prevention.")));

        Assert.Equal("powell", meeting.Attendees[0].PersonId);
        Assert.Equal(["powell"], meeting.Items[0].Speakers);
        Assert.Equal(["powell"], meeting.People.Select(p => p.PersonId));
        Assert.Equal(["VRU"], meeting.Items[0].Topics);
    }
}
