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
}
