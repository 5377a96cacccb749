using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Parsing;

/// <summary>Stable meeting ids: committee initials and date, e.g. "Kent Community Safety Partnership", 2022-03-24 → <c>kcsp-2022-03-24</c>.</summary>
public static partial class MeetingIds
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "the", "for", "&" };

    public static string For(string committee, DateOnly date) => $"{Slug(committee)}-{date:yyyy-MM-dd}";

    /// <summary>Initials of the committee's significant words, lower case ("kcsp"); "meeting" when there are none.</summary>
    public static string Slug(string committee)
    {
        var initials = string.Concat(Word().Matches(committee)
            .Select(m => m.Value)
            .Where(w => !MinorWords.Contains(w))
            .Select(w => char.ToLowerInvariant(w[0])));
        return initials.Length > 0 ? initials : "meeting";
    }

    [GeneratedRegex(@"[\p{L}\p{N}&]+")]
    private static partial Regex Word();
}
