namespace KcspSearch.Search.Query;

/// <summary>
/// Expands acronyms both ways: DHR → (dhr OR "domestic homicide review"), and the words "section 136" →
/// ("section 136" OR s136). Built from the glossary plus the acronyms defined in the indexed minutes.
/// </summary>
internal sealed class AcronymExpander
{
    private readonly Dictionary<string, List<string[]>> byAcronym = new(StringComparer.Ordinal);
    /// <summary>Keyed by the expansion's content words (stop words are gone from parsed queries too).</summary>
    private readonly Dictionary<string, (string[] Full, List<string> Shorts)> byExpansion = new(StringComparer.Ordinal);
    private readonly HashSet<string> shortCaseSensitive = new(StringComparer.Ordinal);
    private readonly int longestExpansion;

    public AcronymExpander(IEnumerable<(string Short, string Expansion)> acronyms)
    {
        foreach (var (shortForm, expansion) in acronyms)
        {
            var key = Words.Split(shortForm).ToList();
            var words = Words.Split(expansion).ToArray();
            if (key.Count != 1 || words.Length < 2 || words.Length > 8) continue;
            var acronym = key[0];
            if (!byAcronym.TryGetValue(acronym, out var list)) byAcronym[acronym] = list = [];
            if (!list.Any(l => l.SequenceEqual(words))) list.Add(words);
            var content = ContentKey(words);
            if (!content.Contains(' ')) continue;
            if (!byExpansion.TryGetValue(content, out var entry)) byExpansion[content] = entry = (words, []);
            if (!entry.Shorts.Contains(acronym)) entry.Shorts.Add(acronym);
            longestExpansion = Math.Max(longestExpansion, content.Count(c => c == ' ') + 1);
            // Two-letter acronyms (DA) are also ordinary words in lower case: expand them only when written in capitals.
            if (acronym.Length <= 2) shortCaseSensitive.Add(shortForm.Trim());
        }
    }

    /// <summary>Rewrites the clauses, returning the expansions made for <c>interpretedAs</c>.</summary>
    public List<QueryNode> Expand(IReadOnlyList<QueryNode> clauses, List<string> notes)
    {
        var result = new List<QueryNode>();
        for (var i = 0; i < clauses.Count; i++)
        {
            if (TryExpansionAt(clauses, i, out var length, out var phrase, out var shorts))
            {
                result.Add(new OrNode([phrase, .. shorts.Select(s => (QueryNode)new TermNode(s))]));
                notes.Add($"{phrase.Describe()} also as {string.Join(", ", shorts.Select(s => s.ToUpperInvariant()))}");
                i += length - 1;
                continue;
            }
            result.Add(ExpandNode(clauses[i], notes));
        }
        return result;
    }

    private QueryNode ExpandNode(QueryNode node, List<string> notes) => node switch
    {
        TermNode { Prefix: false } term when byAcronym.TryGetValue(term.Word, out var expansions) && AllowsLowerCase(term) =>
            Note(new OrNode([term, .. expansions.Select(e => (QueryNode)new PhraseNode(e))]), term, expansions, notes),
        PhraseNode phrase when byExpansion.TryGetValue(ContentKey(phrase.Words), out var entry) =>
            new OrNode([phrase, .. entry.Shorts.Select(s => (QueryNode)new TermNode(s))]),
        OrNode or => new OrNode(or.Alternatives.Select(a => ExpandNode(a, notes)).ToList()),
        _ => node,
    };

    private static string ContentKey(IEnumerable<string> words) => string.Join(' ', words.Where(w => !StopWords.Contains(w)));

    private bool AllowsLowerCase(TermNode term) =>
        term.Word.Length > 2 || (term.Original is { } original && shortCaseSensitive.Contains(original));

    private static OrNode Note(OrNode node, TermNode term, List<string[]> expansions, List<string> notes)
    {
        notes.Add($"{term.Word.ToUpperInvariant()} also as {string.Join(", ", expansions.Select(e => $"\"{string.Join(' ', e)}\""))}");
        return node;
    }

    /// <summary>Consecutive plain words spelling out an expansion ("domestic homicide review").</summary>
    private bool TryExpansionAt(IReadOnlyList<QueryNode> clauses, int start, out int length, out PhraseNode phrase, out List<string> shorts)
    {
        for (length = Math.Min(longestExpansion, clauses.Count - start); length >= 2; length--)
        {
            var words = new List<string>(length);
            for (var k = start; k < start + length; k++)
            {
                if (clauses[k] is not TermNode { Prefix: false } t) break;
                words.Add(t.Word);
            }
            if (words.Count != length || !byExpansion.TryGetValue(string.Join(' ', words), out var found)) continue;
            phrase = new PhraseNode(found.Full);
            shorts = found.Shorts;
            return true;
        }
        length = 0;
        phrase = null!;
        shorts = null!;
        return false;
    }
}
