using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Finds acronyms the minutes define: "Violence Against Women and Girls (VAWG)", "Domestic Homicide Reviews (DHRs)",
/// and the other way round, "KCC (Kent County Council)". A definition is kept only when the short form's letters
/// can be read off the words in order (each significant word giving its first letter or a prefix; "and", "of",
/// "the", "&amp;" may give theirs or nothing), so "Mr Harper (Chief Executive)" and "March 2023 (TBC)" are skipped.
/// </summary>
public sealed partial class AcronymMiner
{
    private const int MaxExtraWords = 4;

    private static readonly char[] ClauseBreaks = ['.', ';', ':', '!', '?', '(', ')', '[', ']', '“', '”', '"', '‘', ','];

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "&", "of", "the", "for", "in", "on", "to", "with", "a", "an", "at", "by",
    };

    /// <summary>Every acronym defined in <paramref name="text"/>, first definition of each short form, in order.</summary>
    public IReadOnlyList<Acronym> Mine(string text)
    {
        var found = new List<(int Position, Acronym Acronym)>();
        foreach (Match m in LongThenShort().Matches(text))
        {
            if (LettersOf(m.Groups["short"].Value) is { } letters && LongFormBefore(text, m.Index, letters) is { } expansion)
                found.Add((m.Index, new Acronym(m.Groups["short"].Value, expansion)));
        }
        foreach (Match m in ShortThenLong().Matches(text))
        {
            var longForm = Collapse(m.Groups["long"].Value);
            if (LettersOf(m.Groups["short"].Value) is { } letters && AlignsWhole(Words(longForm), letters))
                found.Add((m.Index, new Acronym(m.Groups["short"].Value, longForm)));
        }
        return found.OrderBy(f => f.Position)
            .Select(f => f.Acronym)
            .DistinctBy(a => a.Short, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The letters to align, lower case: "DHRs" → "dhr" (a plural); null unless the form has two capitals.</summary>
    private static string? LettersOf(string shortForm)
    {
        if (shortForm.Count(char.IsUpper) < 2) return null;
        var core = shortForm.Length > 2 && shortForm[^1] == 's' && char.IsUpper(shortForm[^2]) ? shortForm[..^1] : shortForm;
        return core.Replace("&", "", StringComparison.Ordinal).ToLowerInvariant();
    }

    /// <summary>The shortest run of words right before the bracket, within its clause, that spells the letters.</summary>
    private static string? LongFormBefore(string text, int bracket, string letters)
    {
        var from = Math.Max(0, bracket - 250);
        var clause = text[from..bracket];
        var blankLine = BlankLine().Match(clause);
        var clauseStart = from + Math.Max(clause.LastIndexOfAny(ClauseBreaks), blankLine.Success ? blankLine.Index : -1) + 1;

        var words = WordPattern().Matches(text[clauseStart..bracket]).ToList();
        for (var start = words.Count - 2; start >= Math.Max(0, words.Count - letters.Length - MaxExtraWords); start--)
        {
            var span = words.Skip(start).Select(w => w.Value.ToLowerInvariant()).ToList();
            if (MinorWords.Contains(span[0]) || span[0][0] != letters[0]) continue;
            if (Aligns(span, 0, letters, 0))
                return Collapse(text[(clauseStart + words[start].Index)..bracket]);
        }
        return null;
    }

    private static bool AlignsWhole(IReadOnlyList<string> words, string letters) =>
        words.Count >= 2 && !MinorWords.Contains(words[0]) && words[0][0] == letters[0] && Aligns(words, 0, letters, 0);

    private static List<string> Words(string text) => WordPattern().Matches(text).Select(w => w.Value.ToLowerInvariant()).ToList();

    private static bool Aligns(IReadOnlyList<string> words, int w, string letters, int l)
    {
        if (w == words.Count) return l == letters.Length;
        var word = words[w];
        if (MinorWords.Contains(word))
        {
            var initial = word == "&" ? 'a' : word[0];
            return Aligns(words, w + 1, letters, l)
                || (l < letters.Length && letters[l] == initial && Aligns(words, w + 1, letters, l + 1));
        }
        for (var k = 1; k <= word.Length && l + k <= letters.Length && word[k - 1] == letters[l + k - 1]; k++)
        {
            if (Aligns(words, w + 1, letters, l + k)) return true;
        }
        return false;
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\((?<short>\p{Lu}[\p{L}&]{1,9})\)")]
    private static partial Regex LongThenShort();

    [GeneratedRegex(@"\b(?<short>\p{Lu}[\p{L}&]{1,9})\s*\((?<long>[\p{L}\p{N}\s'’&-]{3,150})\)")]
    private static partial Regex ShortThenLong();

    // Hyphenated words are separate words: "Anti-Social Behaviour (ASB)".
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’]\p{L}+)?|&")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n[ \t\r]*\n", RegexOptions.RightToLeft)]
    private static partial Regex BlankLine();
}
