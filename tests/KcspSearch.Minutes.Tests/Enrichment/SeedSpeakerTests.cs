using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Enrichment;

/// <summary>Speakers found in the real printed minutes of 8 October 2019, read crudely into paragraphs.</summary>
public class SeedSpeakerTests
{
    private static readonly Lazy<Meeting> Seed = new(() => new MeetingEnricher(TopicTaxonomy.Default, AcronymGlossary.Default)
        .Enrich(SeedMinutes.Read(File.ReadAllText(SharedFiles.Seed("kcsp-2019-10-08.pdf-extract.txt")))));

    private static IReadOnlyList<string> SpeakersOf(string minute, string paragraph) =>
        Seed.Value.Items.Single(i => i.MinuteNumber == minute).Paragraphs.Single(p => p.Number == paragraph).Speakers;

    [SharedTheory]
    [InlineData("239", "1", "brinson")]
    [InlineData("239", "2", "officer")]
    [InlineData("239", "2(a)", "brinson")]
    [InlineData("240", "1", "peerbux")]
    [InlineData("240", "2", "peerbux")]
    [InlineData("240", "3", "peerbux")]
    [InlineData("240", "4", "peerbux")]
    [InlineData("241", "1", "harper")]
    [InlineData("241", "2", "harper")]
    [InlineData("241", "3", "harper")]
    [InlineData("241", "7", "harper|pritchard")]
    [InlineData("241", "7(b)", "pritchard")]
    [InlineData("241", "7(c)", "harper")]
    [InlineData("241", "8", "hill")]
    [InlineData("242", "4", "harper")]
    [InlineData("242", "5", "pritchard")]
    [InlineData("243", "1", "barrington-king")]
    [InlineData("243", "2(a)", "barrington-king")]
    [InlineData("243", "2(e)", "barrington-king")]
    [InlineData("243", "2(h)", "barrington-king")]
    [InlineData("244", "1", "weaver")]
    [InlineData("245", "3(a)", "woodhouse|mookherjee")]
    [InlineData("247", "1", "weiss|annan-veitch")]
    [InlineData("249", "1", "peerbux")]
    public void Enrich_PrintedSeed_FindsSpeakersOfParagraph(string minute, string paragraph, string expected)
    {
        Assert.Equal(expected.Split('|'), SpeakersOf(minute, paragraph));
    }

    [SharedTheory]
    [InlineData("241", "4")]
    [InlineData("241", "9")]
    [InlineData("242", "3")]
    public void Enrich_PrintedSeed_ParagraphsWithoutSpeaker_HaveNone(string minute, string paragraph)
    {
        Assert.Empty(SpeakersOf(minute, paragraph));
    }

    [SharedFact]
    public void Enrich_PrintedSeed_PeopleOnlyMentionedNeverSpeak()
    {
        var speakers = Seed.Value.Items.SelectMany(i => i.Paragraphs).SelectMany(p => p.Speakers).ToHashSet();

        Assert.DoesNotContain("connor", speakers);
        Assert.DoesNotContain("thompson", speakers);
        Assert.DoesNotContain("scott", speakers);
        Assert.DoesNotContain(Seed.Value.People, p => p.PersonId is "thompson" or "scott");
    }

    [SharedFact]
    public void Enrich_PrintedSeed_NormalisesAttendeesAndSpeakersToOneIdentityEach()
    {
        var people = Seed.Value.People;

        Assert.Equal(people.Select(p => p.PersonId).Distinct(), people.Select(p => p.PersonId));
        Assert.Equal(24, Seed.Value.Attendees.Count(a => a.PersonId is not null));
        Assert.Equal(new Person("peerbux", "Mr S Peerbux", "Head of Community Safety, Public Protection", "KCC"), people.Single(p => p.PersonId == "peerbux"));
        Assert.Equal(new Person("harper", "Mr A Harper", "Chief Executive", "Office of the Police and Crime Commissioner"), people.Single(p => p.PersonId == "harper"));
        Assert.Equal("Ms E Weaver", people.Single(p => p.PersonId == "weaver").Name);
        Assert.Equal("Lara Connor", people.Single(p => p.PersonId == "connor").Name);
    }
}
