using KcspSearch.Minutes.Enrichment;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class PersonNameTests
{
    [Theory]
    [InlineData("Mr M Hill, OBE", "Mr", null, "M", "Hill")]
    [InlineData("Ms S Ms Annan-Veitch", "Ms", null, "S", "Annan-Veitch")]
    [InlineData("Shafick Peerbux", null, "Shafick", null, "Peerbux")]
    [InlineData("Mr Shafick Peerbux (Head of Community Safety, KCC)", "Mr", "Shafick", null, "Peerbux")]
    [InlineData("Chief Inspector Lara Connor", "Chief Inspector", "Lara", null, "Connor")]
    [InlineData("Mr P\nBarrington-King", "Mr", null, "P", "Barrington-King")]
    [InlineData("Miss Weaver", "Miss", null, null, "Weaver")]
    [InlineData("Cllr J. R. Smith", "Cllr", null, "JR", "Smith")]
    public void Parse_WrittenName_SplitsIntoParts(string written, string? title, string? given, string? initials, string surname)
    {
        Assert.Equal(new PersonName(title, given, initials, surname), PersonName.Parse(written));
    }

    [Theory]
    [InlineData("")]
    [InlineData("(Chairman)")]
    [InlineData("Mr")]
    [InlineData("mr smith")]
    public void Parse_NoSurname_ReturnsNull(string written)
    {
        Assert.Null(PersonName.Parse(written));
    }

    [Theory]
    [InlineData("Mr Shafick Peerbux", "Shafick Peerbux", 2)]
    [InlineData("Mr M Hill, OBE", "Mr M Hill", 1)]
    [InlineData("Mr Peerbux", "Mr Peerbux", 0)]
    public void DisplayName_PrefersGivenNameThenInitials(string written, string display, int completeness)
    {
        var name = PersonName.Parse(written)!;

        Assert.Equal(display, name.DisplayName);
        Assert.Equal(completeness, name.Completeness);
    }
}
