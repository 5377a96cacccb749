using System.Text;
using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Parsing.Printed;

/// <summary>
/// Reads a printed attendance list: "Mr M Hill, OBE (Chairman), Mr J Rivers (Vice-Chairman), ... and Mr N Wilkinson."
/// or "Ms E Weaver (KRF Senior Brexit Resilience Officer) , Mr P Barrington-King (Member for ... &amp; Chairman ...)".
/// </summary>
internal static partial class AttendanceListReader
{
    public static IEnumerable<Attendee> Read(string list, string attendance)
    {
        var people = new List<string>();
        foreach (var part in SplitNames(list.Trim().TrimEnd('.', ',', ';')))
        {
            // "Mr M Hill, OBE (Chairman)": the honour belongs to the name before it.
            if (people.Count > 0 && PostNominals().IsMatch(part)) people[^1] += ", " + part;
            else people.Add(part);
        }
        foreach (var person in people)
        {
            var (name, role) = SplitRole(person);
            name = RepeatedTitle().Replace(name, "${head}").TrimEnd('.', ',', ' ');
            if (name.Length > 0) yield return new Attendee(name, null, role, attendance);
        }
    }

    /// <summary>Splits at commas, semicolons and " and " outside brackets, so roles keep their commas.</summary>
    private static List<string> SplitNames(string list)
    {
        var parts = new List<string>();
        var part = new StringBuilder();
        var depth = 0;
        void Cut()
        {
            var text = part.ToString().Trim();
            if (text.Length > 0) parts.Add(text);
            part.Clear();
        }
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            if (depth == 0 && c is ',' or ';') Cut();
            else if (depth == 0 && IsAndBetweenNames(list, i))
            {
                Cut();
                i += " and".Length;
            }
            else part.Append(c);
        }
        Cut();
        return parts;
    }

    private static bool IsAndBetweenNames(string list, int i) =>
        list.AsSpan(i).StartsWith(" and ") && i + 5 < list.Length && char.IsUpper(list[i + 5]);

    /// <summary>"Mr P Barrington-King (Member for ... (KCC))" → name and the outermost final bracket as role.</summary>
    private static (string Name, string? Role) SplitRole(string person)
    {
        if (!person.EndsWith(')')) return (person, null);
        var depth = 0;
        for (var i = person.Length - 1; i >= 0; i--)
        {
            if (person[i] == ')') depth++;
            else if (person[i] == '(' && --depth == 0)
            {
                var role = person[(i + 1)..^1].Trim();
                return (person[..i].Trim(), role.Length > 0 ? role : null);
            }
        }
        return (person, null);
    }

    // "OBE", "OBE (Chairman)", "QPM DL".
    [GeneratedRegex(@"^(?:[A-Z]{2,5}\b\s*)+(?:\(.*\))?$")]
    private static partial Regex PostNominals();

    // A title typed twice: "Ms S Ms Annan-Veitch" → "Ms S Annan-Veitch".
    [GeneratedRegex(@"^(?<head>(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+(?:[A-Z]\.?\s+)*)(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+")]
    private static partial Regex RepeatedTitle();
}
