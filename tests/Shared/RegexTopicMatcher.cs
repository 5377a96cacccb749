using System.Text.RegularExpressions;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Tests;

/// <summary>
/// The topic matching the taxonomy did with one regex per topic (before it matched words in one pass), kept as the
/// reference its results must equal: terms as whole words, acronyms case-sensitive, a space or hyphen between words.
/// </summary>
public sealed class RegexTopicMatcher(IEnumerable<Topic> topics)
{
    private readonly List<(string Id, Regex? Insensitive, Regex? Sensitive)> matchers =
        topics.Select(t => (t.Id, Pattern(t.Terms, caseSensitive: false), Pattern(t.Terms, caseSensitive: true))).ToList();

    public IReadOnlyList<string> Match(string text, IEnumerable<Acronym>? acronyms = null)
    {
        if (acronyms is not null)
        {
            var words = Regex.Matches(text, @"[\p{L}\p{N}]+").Select(w => w.Value).ToHashSet(StringComparer.Ordinal);
            var expansions = acronyms.Where(a => words.Contains(a.Short)).Select(a => a.Expansion).ToList();
            if (expansions.Count > 0) text = text + "\n" + string.Join("\n", expansions);
        }
        return matchers
            .Where(m => (m.Insensitive?.IsMatch(text) ?? false) || (m.Sensitive?.IsMatch(text) ?? false))
            .Select(m => m.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Regex? Pattern(IEnumerable<string> terms, bool caseSensitive)
    {
        var alternatives = terms
            .Where(t => IsAcronymTerm(t) == caseSensitive)
            .OrderByDescending(t => t.Length)
            .Select(t => string.Join(@"(?:\s*[-‐‑]\s*|\s+)", Regex.Split(t.Trim(), @"[\s\-‐‑]+").Select(Regex.Escape)))
            .ToList();
        if (alternatives.Count == 0) return null;
        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", options);
    }

    private static bool IsAcronymTerm(string term)
    {
        if (term.Any(char.IsWhiteSpace)) return false;
        var core = term.Length > 1 && term[^1] == 's' && !char.IsLower(term[^2]) ? term[..^1] : term;
        return core.Any(char.IsLetter) && core.Where(char.IsLetter).All(char.IsUpper);
    }
}
