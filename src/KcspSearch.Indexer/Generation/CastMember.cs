namespace KcspSearch.Indexer.Generation;

/// <summary>One person of the generated cast; the surname is unique, so it is also the person id enrichment derives.</summary>
public sealed record CastMember(string Title, string FirstName, string Surname, string? Honour = null)
{
    /// <summary>As attendance lists print it: "Mr M Hill, OBE".</summary>
    public string AttendanceName => $"{Title} {FirstName[0]} {Surname}" + (Honour is null ? "" : $", {Honour}");

    /// <summary>As running text refers to the person after the first mention: "Mr Hill".</summary>
    public string Formal => $"{Title} {Surname}";

    /// <summary>"Shafick Peerbux".</summary>
    public string FullName => $"{FirstName} {Surname}";
}
