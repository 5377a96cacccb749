using KcspSearch.Minutes.Enrichment;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class AffiliationTests
{
    [Theory]
    [InlineData("Head of Community Safety, Public Protection, KCC", "Head of Community Safety, Public Protection", "KCC")]
    [InlineData("Chief Executive, Office of the Police and Crime Commissioner", "Chief Executive", "Office of the Police and Crime Commissioner")]
    [InlineData("Chief Superintendent, Kent Police", "Chief Superintendent", "Kent Police")]
    [InlineData("Police and Crime Commissioners (PCCs) Chief Executive", "Police and Crime Commissioners (PCCs) Chief Executive", null)]
    [InlineData("Member for Tunbridge Wells East & Chairman of the Select Committee", "Member for Tunbridge Wells East & Chairman of the Select Committee", null)]
    [InlineData("Kent, Surrey and Sussex, Community Rehabilitation Company", null, "Kent, Surrey and Sussex, Community Rehabilitation Company")]
    [InlineData("Kent Police", null, "Kent Police")]
    [InlineData("Chairman", "Chairman", null)]
    [InlineData("Community Safety Team Leader,\n Public Protection, KCC", "Community Safety Team Leader, Public Protection", "KCC")]
    public void Parse_BracketText_SplitsRoleAndOrganisation(string text, string? role, string? organisation)
    {
        Assert.Equal(new Affiliation(role, organisation), Affiliation.Parse(text));
    }
}
