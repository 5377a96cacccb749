using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;
using static KcspSearch.Minutes.Tests.Enrichment.TestMeetings;

namespace KcspSearch.Minutes.Tests.Hostile;

/// <summary>What enrichment derives from an exempt item must not reach the meeting-wide data every caller sees.</summary>
public sealed class ExemptItemEnrichmentTests
{
    private readonly MeetingEnricher enricher = new(TopicTaxonomy.Default, AcronymGlossary.Default);

    [Fact]
    public void Enrich_AcronymDefinedOnlyInAnExemptItem_IsNotAMeetingAcronym()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Violence Reduction", "Ms Brinson described the Violence Reduction Unit (VRU) programme."),
            Item(2, "Exempt item: staffing", "The Partnership discussed Operation Nightjar Oversight (ONO) staffing.") with { Restricted = true }));

        Assert.Contains(meeting.Acronyms, a => a.Short == "VRU");
        Assert.DoesNotContain(meeting.Acronyms, a => a.Short == "ONO");
    }

    [Fact]
    public void Enrich_ExemptItem_StillGetsTopicsFromItsOwnAcronyms()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Exempt item", "The Domestic Homicide Review (DHR) panel met; the DHR was discussed.") with { Restricted = true }));

        Assert.Contains("DHR", meeting.Items[0].Topics);
    }

    [Fact]
    public void Enrich_RoleAndFullNameStatedOnlyInAnExemptItem_StayOutOfThePersonsRecord()
    {
        var exempt = Item(2, "Exempt item", "Shafick Peerbux (Covert Tasking Lead, Kent Police) said that it would not.",
            "Mr Rooksby (Detective Superintendent, Kent Police) said that twelve officers were approved.");
        var meeting = enricher.Enrich(Meeting(
            [InAttendance("Mr S Peerbux", "Head of Community Safety, KCC")],
            Item(1, "Domestic Homicide Review", "Mr Peerbux said that funding would be reviewed."),
            exempt with { Restricted = true }));

        var peerbux = meeting.People.Single(p => p.PersonId == "peerbux");
        Assert.Equal(("Mr S Peerbux", "Head of Community Safety"), (peerbux.Name, peerbux.Role));
        var rooksby = meeting.People.Single(p => p.PersonId == "rooksby");
        Assert.Equal("Detective Superintendent", rooksby.Role);
        Assert.Equal(["peerbux", "rooksby"], meeting.Items[1].Speakers);
    }
}
