using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// A person's name in its parts: "Mr M Hill, OBE" → Mr / M / Hill; "Shafick Peerbux" → Shafick / Peerbux;
/// "Chief Inspector Lara Connor" → Chief Inspector / Lara / Connor.
/// </summary>
/// <param name="Title">Title or rank as written ("Mr", "Cllr", "Chief Inspector"), or null.</param>
/// <param name="GivenName">First given name, or null when only initials or nothing is written.</param>
/// <param name="Initials">Initials without dots ("M", "JR"), or null.</param>
/// <param name="Surname">The family name ("Barrington-King").</param>
public sealed partial record PersonName(string? Title, string? GivenName, string? Initials, string Surname)
{
    /// <summary>The first letter of the given name, else the first initial; null for "Mr Peerbux".</summary>
    public char? Initial => GivenName is { Length: > 0 } given ? given[0] : Initials is { Length: > 0 } initials ? initials[0] : null;

    /// <summary>How much the name says: 2 with a given name, 1 with initials, 0 with the surname only.</summary>
    public int Completeness => GivenName is not null ? 2 : Initials is not null ? 1 : 0;

    /// <summary>"Shafick Peerbux", "Mr M Hill", "Mr Peerbux".</summary>
    public string DisplayName => GivenName is not null
        ? $"{GivenName} {Surname}"
        : string.Join(' ', new[] { Title, Initials is null ? null : string.Join(' ', Initials.ToCharArray()), Surname }.OfType<string>());

    /// <summary>
    /// Parses a name as written in an attendance list or the minutes. Bracketed roles, post-nominals after a comma
    /// ("Mr M Hill, OBE") and repeated titles ("Ms S Ms Annan-Veitch") are dropped. Null when there is no surname.
    /// </summary>
    public static PersonName? Parse(string written)
    {
        var text = Spaces().Replace(Bracketed().Replace(written, " "), " ").Trim();
        var comma = text.IndexOf(',');
        if (comma >= 0) text = text[..comma].Trim();

        string? title = null;
        for (var m = LeadingTitle().Match(text); m.Success; m = LeadingTitle().Match(text))
        {
            title ??= Spaces().Replace(m.Groups["title"].Value, " ");
            text = text[m.Length..];
        }

        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !WholeTitle().IsMatch(t))
            .ToList();
        if (tokens.Count == 0) return null;

        var surname = tokens[^1].TrimEnd('.');
        if (!SurnameShape().IsMatch(surname)) return null;

        var before = tokens[..^1];
        var initials = string.Concat(before.Where(t => InitialsShape().IsMatch(t)).Select(t => t.Replace(".", "")));
        var given = before.FirstOrDefault(t => !InitialsShape().IsMatch(t) && GivenShape().IsMatch(t));
        return new PersonName(title, given, initials.Length > 0 ? initials : null, surname);
    }

    [GeneratedRegex(@"\([^()]*(?:\([^()]*\)[^()]*)*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<title>" + NamePatterns.Title + @")\.?(?:\s+|$)")]
    private static partial Regex LeadingTitle();

    [GeneratedRegex(@"^(?:" + NamePatterns.Title + @")\.?$")]
    private static partial Regex WholeTitle();

    [GeneratedRegex(@"^(?:O['’])?\p{Lu}[\p{L}'’-]*$")]
    private static partial Regex SurnameShape();

    // "M", "M.", "JR", "J.R."
    [GeneratedRegex(@"^(?:\p{Lu}\.?){1,3}$")]
    private static partial Regex InitialsShape();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex GivenShape();
}
