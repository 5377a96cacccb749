using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class AcronymMinerTests
{
    private readonly AcronymMiner miner = new();

    [Theory]
    [InlineData("wanted to draw attention to Violence Against Women and Girls (VAWG) being an emerging concern", "VAWG", "Violence Against Women and Girls")]
    [InlineData("confirmed that the Kent Community Safety Team (KCST) would no longer be co-located", "KCST", "Kent Community Safety Team")]
    [InlineData("an update on the Kent and Medway Domestic Homicide Review (DHR) cases", "DHR", "Domestic Homicide Review")]
    [InlineData("In regard to Integrated Offender Management (IOM), Ms Allen informed the KCSP", "IOM", "Integrated Offender Management")]
    [InlineData("provided an update on Domestic Homicide Reviews (DHRs).", "DHRs", "Domestic Homicide Reviews")]
    [InlineData("to set up multi-agency Violence Reduction Units\n(VRUs). Mr Harper said", "VRUs", "Violence Reduction Units")]
    [InlineData("a joint initiative between Kent Police and Kent Search & Rescue (KSAR), whereby", "KSAR", "Kent Search & Rescue")]
    [InlineData("Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services\n(HMICFRS) had agreed", "HMICFRS", "Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")]
    [InlineData("reflect prevention of Anti-Social Behaviour (ASB) in accordance with the plan", "ASB", "Anti-Social Behaviour")]
    [InlineData("the progress of the Kent Community Safety Agreement (CSA) action plan", "CSA", "Community Safety Agreement")]
    [InlineData("Police and Crime Commissioners (PCCs) Chief Executive", "PCCs", "Police and Crime Commissioners")]
    [InlineData("funding from KCC (Kent County Council) was agreed", "KCC", "Kent County Council")]
    public void Mine_Definition_FindsShortAndLongForm(string text, string shortForm, string expansion)
    {
        Assert.Equal([new Acronym(shortForm, expansion)], miner.Mine(text));
    }

    [Theory]
    [InlineData("Mr Harper (Chief Executive, Office of the Police and Crime Commissioner) provided an update.")]
    [InlineData("Date of meetings: 17 November 2022, March 2023 (TBC)")]
    [InlineData("239. Kent Community Safety Agreement Update (Item B1)")]
    [InlineData("Mr Smith (CEO) said the budget was set.")]
    [InlineData("as set out in the report (KCC) last year")]
    [InlineData("Ms Allen (Kent, Surrey and Sussex, Community Rehabilitation Company) introduced the report")]
    public void Mine_BracketsThatAreNotDefinitions_AreSkipped(string text)
    {
        Assert.Empty(miner.Mine(text));
    }

    [Fact]
    public void Mine_RepeatedDefinition_KeepsTheFirst()
    {
        var found = miner.Mine("the Violence Against Women and Girls (VAWG) strategy and, later, the Violence Against Women and Girls (VAWG) plan");

        Assert.Single(found);
    }
}
