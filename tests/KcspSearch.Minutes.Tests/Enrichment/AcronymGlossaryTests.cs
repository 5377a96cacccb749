using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class AcronymGlossaryTests
{
    private readonly AcronymGlossary glossary = AcronymGlossary.Default;

    [Theory]
    [InlineData("DHR", "Domestic Homicide Review")]
    [InlineData("DHRs", "Domestic Homicide Reviews")]
    [InlineData("dhr", "Domestic Homicide Review")]
    [InlineData("VAWG", "Violence Against Women and Girls")]
    public void Expand_KnownShortForm_GivesExpansion(string shortForm, string expansion)
    {
        Assert.Equal(expansion, glossary.Expand(shortForm));
    }

    [Theory]
    [InlineData("domestic homicide review", "DHR")]
    [InlineData("Domestic Homicide Reviews", "DHRs")]
    [InlineData("kent & medway  safeguarding adults board", "KMSAB")]
    [InlineData("anti social behaviour", "ASB")]
    public void Abbreviate_Expansion_IgnoresCaseSpacingHyphensAndAmpersands(string expansion, string shortForm)
    {
        Assert.Equal(shortForm, glossary.Abbreviate(expansion));
    }

    [Fact]
    public void ExpandAndAbbreviate_Unknown_GiveNull()
    {
        Assert.Null(glossary.Expand("XYZ"));
        Assert.Null(glossary.Abbreviate("domestic homicide"));
    }

    [Fact]
    public void Merge_MinedAcronyms_AreAddedButStarterEntriesWin()
    {
        var merged = glossary.Merge([new Acronym("SAAW", "Safeguarding Adults Awareness Week"), new Acronym("DHR", "Something Else")]);

        Assert.Equal("Safeguarding Adults Awareness Week", merged.Expand("SAAW"));
        Assert.Equal("SAAW", merged.Abbreviate("safeguarding adults awareness week"));
        Assert.Equal("Domestic Homicide Review", merged.Expand("DHR"));
        Assert.Null(glossary.Expand("SAAW"));
    }

    [Fact]
    public void FoundIn_ShortFormsCaseSensitivelyAndExpansions()
    {
        var found = glossary.FoundIn("The KCC team met the Kent Resilience Forum; the data (not DA) were shared. Dhr was misspelt.");

        Assert.Equal(["DA", "KCC", "KRF"], found.Select(a => a.Short).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_BadGlossary_ThrowsNamingTheFile()
    {
        var missing = Assert.Throws<InvalidDataException>(() => AcronymGlossary.Parse("""{ "terms": {} }""", "x/acronyms.json"));
        var badValue = Assert.Throws<InvalidDataException>(() => AcronymGlossary.Parse("""{ "acronyms": { "DA": 3 } }""", "x/acronyms.json"));

        Assert.Equal("x/acronyms.json: the glossary has no \"acronyms\" object.", missing.Message);
        Assert.StartsWith("x/acronyms.json: not a valid acronym glossary", badValue.Message);
    }
}
