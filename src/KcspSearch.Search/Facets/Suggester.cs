using KcspSearch.Search.Index;
using KcspSearch.Search.Query;

namespace KcspSearch.Search.Facets;

/// <summary>Prefix completion from the doc values: titles, speakers and topics first (by chunks), then words (by frequency).</summary>
internal static class Suggester
{
    public static IReadOnlyList<Suggestion> Suggest(IndexSnapshot s, SearchOptions options, IReadOnlyList<string> words, int limit, bool includeRestricted)
    {
        var last = words[^1];
        var head = words.Take(words.Count - 1).ToList();
        bool Completes(string text)
        {
            var tokens = Words.Split(text).ToList();
            for (var i = 0; i + words.Count <= tokens.Count; i++)
                if (head.Select((w, k) => tokens[i + k] == w).All(x => x) && tokens[i + head.Count].StartsWith(last, StringComparison.Ordinal))
                    return true;
            return false;
        }

        var itemChunks = new int[s.Items.Count];
        var personChunks = new int[s.People.Count];
        var topicChunks = new int[s.Topics.Count];
        foreach (var r in s.AllRowIds())
        {
            if (!s.IsVisible(r, includeRestricted)) continue;
            if (s.Item[r] >= 0) itemChunks[s.Item[r]]++;
            foreach (var p in s.SpeakersOf(r)) personChunks[p]++;
            foreach (var t in s.TopicsOf(r)) topicChunks[t]++;
        }

        var named = new List<Suggestion>();
        foreach (var title in s.Items.Select((item, i) => (item.Title, Count: itemChunks[i])).Where(t => t.Count > 0)
                     .GroupBy(t => t.Title, StringComparer.OrdinalIgnoreCase))
            if (Completes(title.Key)) named.Add(new Suggestion(title.Key, "title", title.Key, title.Sum(t => t.Count)));
        for (var i = 0; i < s.People.Count; i++)
            if (personChunks[i] > 0 && (Completes(s.People[i].Name) || Completes(s.People[i].Id)))
                named.Add(new Suggestion(s.People[i].Name, "speaker", s.People[i].Id, personChunks[i]));
        for (var i = 0; i < s.Topics.Count; i++)
        {
            var label = options.TopicLabels.GetValueOrDefault(s.Topics[i], s.Topics[i]);
            if (topicChunks[i] > 0 && (Completes(label) || Completes(s.Topics[i])))
                named.Add(new Suggestion(label, "topic", s.Topics[i], topicChunks[i]));
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
