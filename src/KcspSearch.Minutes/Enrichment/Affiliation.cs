using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Role and organisation from a bracketed mention or an attendance-list role:
/// "Head of Community Safety, Public Protection, KCC" → role "Head of Community Safety, Public Protection", organisation "KCC".
/// </summary>
public sealed partial record Affiliation(string? Role, string? Organisation)
{
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Head", "Manager", "Officer", "Leader", "Lead", "Chief", "Director", "Adviser", "Advisor", "Superintendent",
        "Inspector", "Chairman", "Chairwoman", "Chair", "Vice-Chairman", "Vice-Chair", "Member", "Executive",
        "Coordinator", "Co-ordinator", "Commissioner", "Analyst", "Consultant", "Specialist", "President", "Secretary",
        "Clerk", "Deputy", "Assistant", "Councillor", "Constable", "Sergeant", "Representative", "Chairperson",
    };

    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Police", "Council", "Service", "Services", "Company", "Trust", "Board", "Partnership", "Commission",
        "Agency", "Authority", "Group", "Unit", "Constabulary", "University", "College", "Government", "Department",
        "Ministry", "Prison", "Probation", "Rescue", "NHS", "Office", "Forum", "Team", "Directorate",
    };

    /// <summary>Splits bracket text into role and organisation; an organisation is only split off the end.</summary>
    public static Affiliation Parse(string text)
    {
        var segments = TopLevelSegments(Spaces().Replace(text, " ").Trim());
        if (segments.Count == 0) return new Affiliation(null, null);

        var last = segments[^1];
        if (segments.Count > 1 && LooksLikeOrganisation(last))
        {
            var role = string.Join(", ", segments[..^1]);
            return HasRoleWord(role) ? new Affiliation(role, last) : new Affiliation(null, string.Join(", ", segments));
        }

        var whole = string.Join(", ", segments);
        return !HasRoleWord(whole) && LooksLikeOrganisation(whole)
            ? new Affiliation(null, whole)
            : new Affiliation(whole, null);
    }

    private static bool HasRoleWord(string text) => Words().Matches(text).Any(w => RoleWords.Contains(w.Value));

    private static bool LooksLikeOrganisation(string segment)
    {
        if (Acronym().IsMatch(segment) || segment.StartsWith("Office of ", StringComparison.OrdinalIgnoreCase)) return true;
        var words = Words().Matches(segment);
        return words.Count > 0 && OrganisationNouns.Contains(words[^1].Value);
    }

    // Commas inside nested brackets ("Police and Crime Commissioners (PCCs, England) Chief Executive") do not split.
    private static List<string> TopLevelSegments(string text)
    {
        var segments = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                segments.Add(text[start..i]);
                start = i + 1;
            }
        }
        segments.Add(text[start..]);
        return segments.Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}][\p{L}-]*")]
    private static partial Regex Words();

    // "KCC", "KSS CRC", "PCCs"
    [GeneratedRegex(@"^\p{Lu}{2,8}s?(?:\s+\p{Lu}{2,8}s?)*$")]
    private static partial Regex Acronym();
}
