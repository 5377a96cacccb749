using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;
using static KcspSearch.Minutes.Tests.Enrichment.TestMeetings;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class SpeakerEnricherTests
{
    private readonly SpeakerEnricher enricher = new();

    [Fact]
    public void Enrich_FourFormsOfOneName_AreOnePersonWithFullestNameAndBracketedRole()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Mr S Peerbux")],
            Item(3, "Kent Community Safety Agreement Review and Refresh",
                "Shafick Peerbux introduction the report of the review.",
                "Mr Peerbux advised that spending had been challenging.",
                "Mr Shafick Peerbux (Head of Community Safety, KCC) outlined the next steps.")));

        var item = meeting.Items[0];
        Assert.All(item.Paragraphs, p => Assert.Equal(["peerbux"], p.Speakers));
        Assert.Equal("peerbux", meeting.Attendees[0].PersonId);
        var person = Assert.Single(meeting.People);
        Assert.Equal(new Person("peerbux", "Shafick Peerbux", "Head of Community Safety", "KCC"), person);
    }

    [Fact]
    public void Enrich_MissAndMsWithInitial_AreOnePerson()
    {
        var meeting = enricher.Enrich(Meeting(
            [InAttendance("Ms E Weaver", "KRF Senior Brexit Resilience Officer")],
            Item(1, "Preparations for Brexit", "Miss Weaver advised the partnership to stay informed of the progress.")));

        Assert.Equal(["weaver"], meeting.Items[0].Paragraphs[0].Speakers);
        Assert.Equal(new Person("weaver", "Ms E Weaver", "KRF Senior Brexit Resilience Officer"), Assert.Single(meeting.People));
    }

    [Fact]
    public void Enrich_TwoPeopleSharingASurname_AreToldApartByInitial()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Mr J Smith"), Present("Ms K Smith")],
            Item(1, "Update",
                "Ms K Smith introduced the report.",
                "Mr J Smith said that the plan was on track.",
                "Mr Smith added that a further update would follow.")));

        Assert.Equal(["smith-j", "smith-k"], meeting.Attendees.Select(a => a.PersonId));
        Assert.Equal(["smith-k"], meeting.Items[0].Paragraphs[0].Speakers);
        Assert.Equal(["smith-j"], meeting.Items[0].Paragraphs[1].Speakers);
        Assert.Equal(["smith-j"], meeting.Items[0].Paragraphs[2].Speakers);
        Assert.Equal(["smith-k", "smith-j"], meeting.Items[0].Speakers);
    }

    [Fact]
    public void Enrich_SurnameSlug_KeepsHyphensAndLowersCase()
    {
        var meeting = enricher.Enrich(Meeting(
            [InAttendance("Ms S Ms Annan-Veitch", "Policy Adviser"), InAttendance("Mr P Barrington-King")],
            Item(1, "Update", "Mr Barrington-King responded to comments.")));

        Assert.Equal(["annan-veitch", "barrington-king"], meeting.Attendees.Select(a => a.PersonId));
        Assert.Equal("Ms S Annan-Veitch", meeting.People[0].Name);
        Assert.Equal("Policy Adviser", meeting.People[0].Role);
    }

    [Fact]
    public void Enrich_OfficesAndGroups_AreOfficeIdentities()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Update",
                "The Chair welcomed everyone to the meeting.",
                "The Chairman said that the report was welcome.",
                "The Vice-Chairman requested a further update in March 2023.",
                "A Partnership Member asked whether the data would be shared.",
                "Members received an update on the group.",
                "The officer responded to comments and questions.")));

        Assert.Equal(["chairman", "vice-chairman", "partnership-member", "officer"], meeting.Items[0].Speakers);
        Assert.All(meeting.People, p => Assert.True(p.IsOffice));
        Assert.Equal(["The Chairman", "The Vice-Chairman", "Partnership Members", "The officer"], meeting.People.Select(p => p.Name));
    }

    [Fact]
    public void Enrich_AttendanceListRoles_BecomePersonRoles()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Mr M Hill, OBE", "Chairman"), Present("Mr J Rivers", "Vice-Chairman")],
            Item(1, "Update", "Mr Hill welcomed the proposal for an update report.")));

        Assert.Equal(["hill"], meeting.Items[0].Paragraphs[0].Speakers);
        Assert.Equal(new Person("hill", "Mr M Hill", "Chairman"), meeting.People[0]);
        Assert.Equal(new Person("rivers", "Mr J Rivers", "Vice-Chairman"), meeting.People[1]);
    }

    [Fact]
    public void Enrich_LaterBracket_UpdatesRoleAndOrganisation()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Mr A Pritchard")],
            Item(1, "Mental Health Update",
                "Mr Pritchard (Chief Superintendent, Kent Police) informed the KCSP of the restructure.",
                "Mr Harper (Police and Crime Commissioners (PCCs) Chief Executive) gave an update on mental health.")));

        Assert.Equal(new Person("pritchard", "Mr A Pritchard", "Chief Superintendent", "Kent Police"), meeting.People[0]);
        Assert.Equal(new Person("harper", "Mr Harper", "Police and Crime Commissioners (PCCs) Chief Executive"), meeting.People[1]);
    }

    [Fact]
    public void Enrich_PeopleOnlyWelcomedOrThanked_AreNotPeopleOfTheMeeting()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Working Group Update",
                "Mr Peerbux welcomed Chief Inspector Lara Connor to the KCSP with extended thanks to Chief Inspector Guy Thompson.",
                "Mr Harper said that Matthew Scott (Police and Crime Commissioner) sat on the Panel.")));

        Assert.Equal(["peerbux", "harper"], meeting.People.Select(p => p.PersonId));
    }

    [Fact]
    public void Enrich_MentionOfAnAttendee_ImprovesTheirNameButDoesNotMakeThemSpeak()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Ms L Connor")],
            Item(1, "Working Group Update", "Mr Peerbux welcomed Chief Inspector Lara Connor to the KCSP.")));

        Assert.Equal(["peerbux"], meeting.Items[0].Speakers);
        Assert.Equal("Lara Connor", meeting.People.Single(p => p.PersonId == "connor").Name);
    }

    [Fact]
    public void Enrich_PronounAtParagraphStart_ContinuesPreviousParagraphsSpeaker()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Mental Health Update",
                "Mr Harper provided an update on the use of Section 136 detentions.",
                "He informed the KCSP that one of the initiatives was Op Concern.")));

        Assert.Equal(["harper"], meeting.Items[0].Paragraphs[1].Speakers);
    }

    [Fact]
    public void Enrich_PronounWithNoEarlierSpeakerInItem_IsDropped()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "First", "Mr Harper provided an update."),
            Item(2, "Second", "He informed the KCSP that the pilot had started.")));

        Assert.Empty(meeting.Items[1].Paragraphs[0].Speakers);
    }

    [Fact]
    public void Enrich_SubParagraphWithoutSpeaker_ContinuesItsAsFollowsLeadIn()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Select Committee on Knife Crime in Kent",
                Paragraph("2", "Mr Barrington-King responded to comments and questions as follows:"),
                Paragraph("2(a)", "With regard to the opportunities available to offenders, mentoring roles needed to be explored."),
                Paragraph("2(b)", "Mr Hill informed the KCSP that an action plan would be devised."))));

        var paragraphs = meeting.Items[0].Paragraphs;
        Assert.Equal(["barrington-king"], paragraphs[1].Speakers);
        Assert.Equal(["hill"], paragraphs[2].Speakers);
    }

    [Fact]
    public void Enrich_ItemSpeakers_AreInOrderOfFirstAppearance()
    {
        var meeting = enricher.Enrich(Meeting(
            Item(1, "Mental Health Update",
                "Mr Harper provided an update.",
                "Mr Harper and Mr Pritchard (Chief Superintendent, Kent Police) responded to comments and questions as follows:",
                "Mr Pritchard confirmed that training would be put in place.",
                "Mr Hill welcomed the proposal.")));

        Assert.Equal(["harper", "pritchard"], meeting.Items[0].Paragraphs[1].Speakers);
        Assert.Equal(["harper", "pritchard", "hill"], meeting.Items[0].Speakers);
    }

    [Fact]
    public void Enrich_People_AreAttendeesThenOtherSpeakers()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Mr M Hill, OBE", "Chairman"), Present("Mr N Wilkinson")],
            Item(1, "Domestic Abuse Strategy", "Mr Weiss (Head of Head start Kent) provided an update on the feedback.")));

        Assert.Equal(["hill", "wilkinson", "weiss"], meeting.People.Select(p => p.PersonId));
        Assert.Equal("Head of Head start Kent", meeting.People[2].Role);
    }
}
