using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Facets;

/// <summary>Prefix completion from the doc values: titles, speakers and topics first (by chunks), then words (by frequency).</summary>
internal static class Suggester
{
    public static IReadOnlyList<Suggestion> Suggest(IndexSnapshot s, ChunkTallies tallies, SearchOptions options, IReadOnlyList<string> words, int limit, bool includeRestricted)
    {
        var last = words[^1];
        var head = words.Take(words.Count - 1).ToList();
        bool CompletesWords(IReadOnlyList<string> tokens)
        {
            for (var i = 0; i + words.Count <= tokens.Count; i++)
            {
                var matches = tokens[i + head.Count].StartsWith(last, StringComparison.Ordinal);
                for (var k = 0; k < head.Count && matches; k++) matches = tokens[i + k] == head[k];
                if (matches) return true;
            }
            return false;
        }
        bool Completes(string text) => CompletesWords(Words.Split(text).ToList());

        var named = new List<Suggestion>();
        foreach (var title in tallies.Titles)
            if (CompletesWords(title.Words)) named.Add(new Suggestion(title.Title, "title", title.Title, title.Chunks));
        for (var i = 0; i < s.People.Count; i++)
            if (tallies.PersonChunks[i] > 0 && (Completes(s.People[i].Name) || Completes(s.People[i].Id)))
                named.Add(new Suggestion(s.People[i].Name, "speaker", s.People[i].Id, tallies.PersonChunks[i]));
        for (var i = 0; i < s.Topics.Count; i++)
        {
            var label = options.TopicLabels.GetValueOrDefault(s.Topics[i], s.Topics[i]);
            if (tallies.TopicChunks[i] > 0 && (Completes(label) || Completes(s.Topics[i])))
                named.Add(new Suggestion(label, "topic", s.Topics[i], tallies.TopicChunks[i]));
        }

        var result = named.OrderByDescending(n => n.Count).ThenBy(n => n.Text, StringComparer.Ordinal).Take(limit).ToList();
        if (result.Count < limit && head.Count == 0)
            result.AddRange(s.Vocabulary.WithPrefix(last)
                .Select(i => (Word: s.Vocabulary.Words[i], Count: s.Vocabulary.DocumentFrequency(i, includeRestricted)))
                .Where(w => w.Count > 0)
                .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal)
                .Take(limit - result.Count)
                .Select(w => new Suggestion(w.Word, "term", w.Word, w.Count)));
        return result;
    }
}
