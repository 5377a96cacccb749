using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class TopicTaxonomyTests
{
    private readonly TopicTaxonomy taxonomy = TopicTaxonomy.Default;

    [Theory]
    [InlineData("Domestic Homicide Reviews (DHRs) Update", "DHR")]
    [InlineData("Mr Peerbux provided an update on the Kent and Medway Domestic Homicide Review (DHR) cases.", "DHR")]
    [InlineData("PREVENT Duty Delivery Board Update", "PREVENT")]
    [InlineData("the designation of Kent and Medway as a Prevent priority area", "PREVENT")]
    [InlineData("Kent and Medway Violence Reduction Unit Update", "VRU")]
    [InlineData("the number of Section 136 detentions from 2018 to January 2022", "mental-health")]
    [InlineData("a comparative analysis on the use of S136s across the UK", "mental-health")]
    [InlineData("included within the Domestic Abuse (DA) priority", "domestic-abuse")]
    [InlineData("whether VAWG and DA should be separated", "VAWG|domestic-abuse")]
    [InlineData("challenges linked to county lines", "serious-violence")]
    [InlineData("counter terrorism policing", "PREVENT")]
    [InlineData("counter-terrorism policing", "PREVENT")]
    public void Match_TextWithTerm_FindsTopic(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), taxonomy.Match(text));
    }

    [Theory]
    [InlineData("the data showed a disproportionate use of detentions")]
    [InlineData("the Da Vinci project")]
    [InlineData("a review to prevent duplication and confusion")]
    [InlineData("resilience programmes for young people had been acknowledged")]
    public void Match_LookalikeWords_FindNoTopic(string text)
    {
        Assert.Empty(taxonomy.Match(text));
    }

    [Fact]
    public void Match_AcronymInText_AddsTopicsOfItsExpansion()
    {
        Acronym[] acronyms = [new("CAMHS", "Child and Adolescent Mental Health Services")];

        Assert.Empty(taxonomy.Match("Addaction were working closely with CAMHS."));
        Assert.Equal(["mental-health"], taxonomy.Match("Addaction were working closely with CAMHS.", acronyms));
        Assert.Empty(taxonomy.Match("Addaction were working closely with Camhs.", acronyms));
    }

    // Word boundaries, separators, case and acronyms at their edges, against the regex-per-topic reference.
    [Theory]
    [InlineData("counter - terrorism, counter\u2010terrorism and counter--terrorism")]
    [InlineData("counter--terrorism; counter -\n terrorism")]
    [InlineData("counter terrorismo and recounter terrorism")]
    [InlineData("DOMESTIC\n\nABUSE, Domestic\tViolence")]
    [InlineData("the DAs, DA's and DA2 and 2DA; DHRs; dhr")]
    [InlineData("self harm, self-harm, selfharm, self - harm")]
    [InlineData("re-offending and reoffending, re offending")]
    [InlineData("Section\u00a0136 and S136s and s136")]
    [InlineData("Violence Against Women and Girls and violence against women and girls")]
    [InlineData("éfunding fundingé funding2 2funding _funding_")]
    [InlineData("Prevent and\r\nChannel")]
    [InlineData("")]
    public void Match_EdgesOfWords_SameAsOneRegexPerTopic(string text)
    {
        var reference = new RegexTopicMatcher(taxonomy.Topics);
        Acronym[] acronyms = [new("DAs", "domestic abuse"), new("CAMHS", "Child and Adolescent Mental Health Services")];

        Assert.Equal(reference.Match(text), taxonomy.Match(text));
        Assert.Equal(reference.Match(text + " CAMHS DAs", acronyms), taxonomy.Match(text + " CAMHS DAs", acronyms));
    }

    [Fact]
    public void Match_TermsWithOtherCharacters_StillMatchAsWholeWords()
    {
        var own = new TopicTaxonomy([new Topic("ae", "A&E", ["A&E", "St. John's"])]);

        Assert.Equal(["ae"], own.Match("waits at A&E rose"));
        Assert.Equal(["ae"], own.Match("St. John's ambulance"));
        Assert.Empty(own.Match("BA&E"));
    }

    [Fact]
    public void Match_ResultIsSortedAndDistinct()
    {
        var topics = taxonomy.Match("suicide prevention, mental health and domestic abuse; Domestic Abuse again; VRU funding");

        Assert.Equal(topics.Order(StringComparer.Ordinal), topics);
        Assert.Equal(topics.Distinct(), topics);
        Assert.Equal(["VRU", "domestic-abuse", "funding", "mental-health", "suicide-prevention"], topics);
    }

    [Fact]
    public void Default_KeepsTheCommittedIdsAndMarksFundingGeneric()
    {
        Assert.Contains(taxonomy.Topics, t => t.Id == "DHR" && t.Label == "Domestic Homicide Review");
        Assert.True(taxonomy.Find("funding")!.Generic);
        Assert.False(taxonomy.Find("DHR")!.Generic);
        Assert.Null(taxonomy.Find("no-such-topic"));
    }

    [Fact]
    public void Load_ConfigDirectoryWithOwnTaxonomy_UsesIt()
    {
        var dir = Directory.CreateTempSubdirectory("kcsp-topics-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, TopicTaxonomy.FileName),
                """{ "topics": [ { "id": "roads", "label": "Roads", "terms": ["pothole"] } ] }""");

            var loaded = TopicTaxonomy.Load(new MinutesOptions { ConfigDirectory = dir.FullName });

            Assert.Equal(["roads"], loaded.Topics.Select(t => t.Id));
            Assert.Equal(["roads"], loaded.Match("A pothole on the A20."));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void EmbeddedCopy_MatchesTheCommittedFile()
    {
        using var stream = typeof(TopicTaxonomy).Assembly.GetManifestResourceStream("KcspSearch.Minutes.topics.json");
        Assert.NotNull(stream);
        var embedded = TopicTaxonomy.Parse(new StreamReader(stream).ReadToEnd(), "embedded");

        Assert.Equal(taxonomy.Topics.Select(t => t.Id), embedded.Topics.Select(t => t.Id));
    }

    [Theory]
    [InlineData("{ not json", "not a valid topic taxonomy")]
    [InlineData("""{ "topics": [] }""", "no \"topics\"")]
    [InlineData("""{ "topics": [ { "id": "x", "label": "X", "terms": [] } ] }""", "topic 'x' needs")]
    [InlineData("""{ "topics": [ { "id": "x", "terms": ["a"] }, { "id": "x", "terms": ["b"] } ] }""", "'x' is defined twice")]
    public void Parse_BadTaxonomy_ThrowsNamingTheFileAndProblem(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => TopicTaxonomy.Parse(json, "config/topics.json"));

        Assert.StartsWith("config/topics.json: ", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
