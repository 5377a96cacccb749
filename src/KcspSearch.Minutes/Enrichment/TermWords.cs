using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Finds the taxonomy's terms made of words (letters and digits) in one pass over a text, instead of one regex per
/// topic: each word of the text is looked up among the terms' first words, and a term's further words must follow,
/// separated by spaces or by one hyphen with optional spaces ("counter terrorism" = "counter-terrorism"). This is what
/// the pattern <c>(?&lt;![\p{L}\p{N}])word(?:\s*[-‐‑]\s*|\s+)word(?![\p{L}\p{N}])</c> matches. Acronym terms match
/// exactly, the others ignoring case (ordinal case folding, which unlike the regex does not equate "k" with the
/// Kelvin sign).
/// </summary>
internal sealed class TermWords
{
    private readonly Dictionary<string, List<Term>> insensitive = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Term>> sensitive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Term>>.AlternateLookup<ReadOnlySpan<char>> insensitiveLookup;
    private readonly Dictionary<string, List<Term>>.AlternateLookup<ReadOnlySpan<char>> sensitiveLookup;

    public TermWords(IReadOnlyList<Topic> topics)
    {
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var term in topics[t].Terms)
            {
                if (Split(term) is not { } words) continue;
                var exact = TopicTaxonomy.IsAcronymTerm(term);
                var firstWords = exact ? sensitive : insensitive;
                if (!firstWords.TryGetValue(words[0], out var terms)) firstWords[words[0]] = terms = [];
                terms.Add(new Term(t, words, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
            }
        }
        insensitiveLookup = insensitive.GetAlternateLookup<ReadOnlySpan<char>>();
        sensitiveLookup = sensitive.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words of a term, or null when one has other characters ("A&amp;E"): a regex matches those.</summary>
    public static string[]? Split(string term)
    {
        var words = TopicTaxonomy.TermParts().Split(term.Trim());
        return words.All(w => w.Length > 0 && w.All(IsWordChar)) ? words : null;
    }

    /// <summary>Sets <c>found[i]</c> for each topic <c>i</c> one of whose terms occurs in <paramref name="text"/>.</summary>
    public void Find(string text, bool[] found)
    {
        for (var start = NextWord(text, 0); start < text.Length; start = NextWord(text, start))
        {
            var end = WordEnd(text, start);
            var word = text.AsSpan(start, end - start);
            if (insensitiveLookup.TryGetValue(word, out var terms)) Check(text, end, terms, found);
            if (sensitiveLookup.TryGetValue(word, out terms)) Check(text, end, terms, found);
            start = end;
        }
    }

    /// <summary>The expansions of the acronyms that occur in <paramref name="text"/> as whole words (exact case), in their order.</summary>
    public static List<string> Expansions(string text, IEnumerable<Acronym> acronyms)
    {
        var list = acronyms as IReadOnlyCollection<Acronym> ?? acronyms.ToList();
        if (list.Count == 0) return [];
        var present = Among(text, list.Select(a => a.Short).ToHashSet(StringComparer.Ordinal));
        return present.Count == 0 ? [] : list.Where(a => present.Contains(a.Short)).Select(a => a.Expansion).ToList();
    }

    /// <summary>Those of <paramref name="words"/> that occur in <paramref name="text"/> as whole words (runs of letters and digits).</summary>
    public static HashSet<string> Among(string text, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var present = new HashSet<string>(words.Comparer);
        for (var start = NextWord(text, 0); start < text.Length; start = NextWord(text, start))
        {
            var end = WordEnd(text, start);
            if (lookup.TryGetValue(text.AsSpan(start, end - start), out var found)) present.Add(found);
            start = end;
        }
        return present;
    }

    private static void Check(string text, int firstEnd, List<Term> terms, bool[] found)
    {
        foreach (var term in terms)
        {
            if (!found[term.Topic] && RestFollows(text, firstEnd, term)) found[term.Topic] = true;
        }
    }

    private static bool RestFollows(string text, int end, Term term)
    {
        for (var w = 1; w < term.Words.Length; w++)
        {
            var start = AfterSeparator(text, end);
            if (start < 0) return false;
            end = WordEnd(text, start);
            if (!text.AsSpan(start, end - start).Equals(term.Words[w], term.Comparison)) return false;
        }
        return true;
    }

    /// <summary>Where the next word would start after <c>\s+</c> or <c>\s*[-‐‑]\s*</c> at <paramref name="position"/>; -1 if neither is there.</summary>
    private static int AfterSeparator(string text, int position)
    {
        var i = SkipSpaces(text, position);
        if (i < text.Length && text[i] is '-' or '‐' or '‑') i = SkipSpaces(text, i + 1);
        return i > position ? i : -1;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int NextWord(string text, int i)
    {
        while (i < text.Length && !IsWordChar(text[i])) i++;
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && IsWordChar(text[i])) i++;
        return i;
    }

    // [\p{L}\p{N}]
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    private sealed record Term(int Topic, string[] Words, StringComparison Comparison);
}
