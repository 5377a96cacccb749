using System.Text.RegularExpressions;
using KcspSearch.Search.Facets;
using KcspSearch.Search.Highlighting;
using KcspSearch.Search.Index;
using KcspSearch.Search.Query;
using KcspSearch.Search.Ranking;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search;

/// <summary>
/// Runs one plan inside one read transaction: FTS5 finds the matches, the doc values filter them and count
/// facets, the ranker orders them, and only the page's chunks are highlighted.
/// </summary>
internal sealed class SearchExecutor(IndexReader reader, EngineState state, SearchOptions options, bool includeRestricted)
{
    private const int PassagesPerItem = 3;
    private const int MaxWordsToCorrect = 8;
    private readonly IndexSnapshot s = state.Snapshot;
    private readonly List<string> notes = [];

    public SearchResponse Run(ParsedQuery parsed, SearchRequest request)
    {
        var plan = state.Planner.Plan(parsed, request, includeRestricted);
        var filter = plan.Filter;
        if (plan.DecisionIntent && plan.Strict is null && filter.Kinds is null)
            filter = CopyWithKinds(filter, "resolution");

        string? didYouMean = null;
        var expression = plan.Strict;
        List<ScoredChunk> matches;
        if (plan.Strict is not null)
        {
            matches = Scored(plan.Strict, filter);
            if (matches.Count == 0 && Corrections(plan) is { Count: > 0 } corrections)
            {
                var corrected = state.Planner.Plan(Rewrite(parsed, corrections), request, includeRestricted);
                var foundBy = corrected.Strict!;
                var found = Scored(foundBy, filter);
                if (found.Count == 0 && corrected.Loose is not null) found = Scored(foundBy = corrected.Loose, filter);
                if (found.Count > 0)
                {
                    didYouMean = CorrectedText(request.Q ?? "", corrections);
                    notes.Add("corrected " + string.Join(", ", corrections.Select(c => $"{c.Key} → {c.Value}")));
                    expression = foundBy;
                    plan = corrected;
                    matches = found;
                }
            }
            if (matches.Count == 0 && plan.Loose is not null)
            {
                matches = Scored(plan.Loose, filter);
                expression = plan.Loose;
                if (matches.Count > 0) notes.Add("no passage has every word; showing passages with any of them");
            }
        }
        else
        {
            var excluded = plan.Exclusion is null ? null : Unranked(plan.Exclusion).ToHashSet();
            matches = [];
            foreach (var r in s.AllRowIds())
                if ((excluded is null || !excluded.Contains(r)) && filter.Matches(s, r)) matches.Add(new ScoredChunk(r, 0));
        }

        matches = ApplySpeakerIntent(plan, matches);
        if (plan.Proximity is not null && expression == plan.Strict && matches.Count > 1) BoostProximity(plan.Proximity, matches);
        if (plan.DecisionIntent && plan.Strict is not null) matches = AddResolutions(matches, filter);

        var facets = FacetCounter.Count(s, matches.Select(m => m.RowId).ToList(), request.FacetMonths, options.TopicLabels);
        var hits = new HitBuilder(reader, s, expression);
        var (total, page) = request.Group == SearchGroup.Chunk
            ? PageOfChunks(matches, request, hits)
            : PageOfItems(matches, request, hits, plan.DecisionIntent);

        var interpreted = string.Join("; ", new[] { plan.Description }.Concat(notes));
        return new SearchResponse(total, 0, page, facets, interpreted, didYouMean);
    }

    private List<ScoredChunk> Scored(string expression, ChunkFilter filter)
    {
        var result = new List<ScoredChunk>();
        foreach (var (rowid, score) in Safely(() => reader.MatchScored(expression)))
            if (filter.Matches(s, rowid)) result.Add(new ScoredChunk(rowid, score));
        return result;
    }

    private List<int> Unranked(string expression, int limit = int.MaxValue) => Safely(() => reader.Match(expression, limit));

    /// <summary>An expression FTS5 refuses (which the parser should never write) finds nothing rather than failing the search.</summary>
    private List<T> Safely<T>(Func<List<T>> query)
    {
        try
        {
            return query();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            notes.Add("part of the query could not be used");
            return [];
        }
    }

    private Dictionary<string, string> Corrections(QueryPlan plan)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        // A long query with no match is not a typo; checking each of its words would only cost time.
        if (plan.Words.Count > MaxWordsToCorrect) return result;
        foreach (var word in plan.Words)
        {
            if (Unranked($"\"{word}\"", 1000).Any(r => s.IsVisible(r, includeRestricted))) continue;
            if (SpellingCorrector.Correct(word, s.Vocabulary, includeRestricted) is { } correction) result[word] = correction;
        }
        return result;
    }

    private static ParsedQuery Rewrite(ParsedQuery parsed, Dictionary<string, string> corrections)
    {
        string Fix(string w) => corrections.GetValueOrDefault(w, w);
        QueryNode Node(QueryNode n) => n switch
        {
            TermNode t => t with { Word = Fix(t.Word), Original = t.Original is null ? null : Fix(t.Word) },
            PhraseNode p => new PhraseNode(p.Words.Select(Fix).ToList()),
            OrNode o => new OrNode(o.Alternatives.Select(Node).ToList()),
            _ => n,
        };
        return parsed with { Clauses = parsed.Clauses.Select(Node).ToList() };
    }

    private static string CorrectedText(string text, Dictionary<string, string> corrections)
    {
        foreach (var (wrong, right) in corrections)
            text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(wrong)}(?![\p{{L}}\p{{N}}])", right,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return text.Trim();
    }

    private List<ScoredChunk> ApplySpeakerIntent(QueryPlan plan, List<ScoredChunk> matches)
    {
        if (plan.SpeakerIntent < 0) return matches;
        var spoken = matches.Where(m => s.SpeakersOf(m.RowId).Contains(plan.SpeakerIntent)).ToList();
        if (spoken.Count > 0) return spoken;
        notes.Add($"{s.People[plan.SpeakerIntent].Name} speaks in none of the matches; showing every match");
        return matches;
    }

    private void BoostProximity(string near, List<ScoredChunk> matches)
    {
        var close = Unranked(near).ToHashSet();
        for (var i = 0; i < matches.Count; i++)
            if (close.Contains(matches[i].RowId)) matches[i] = matches[i] with { Score = matches[i].Score * Ranker.ProximityBoost };
    }

    /// <summary>Decision questions: matching resolutions rise, and each matching item brings its resolutions along.</summary>
    private List<ScoredChunk> AddResolutions(List<ScoredChunk> matches, ChunkFilter filter)
    {
        var present = matches.Select(m => m.RowId).ToHashSet();
        var bestOfItem = new Dictionary<int, double>();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (s.Kind[m.RowId] == 1) matches[i] = m = m with { Score = m.Score * Ranker.ResolutionBoost };
            var item = s.Item[m.RowId];
            if (item >= 0) bestOfItem[item] = Math.Max(bestOfItem.GetValueOrDefault(item), m.Score);
        }
        foreach (var (item, best) in bestOfItem)
            foreach (var r in s.Items[item].Resolutions)
                if (!present.Contains(r) && filter.Matches(s, r))
                    matches.Add(new ScoredChunk(r, best * Ranker.ItemResolutionShare));
        return matches;
    }

    private (int, List<SearchHit>) PageOfChunks(List<ScoredChunk> matches, SearchRequest request, HitBuilder hits)
    {
        var order = request.Sort == SearchSort.Date ? Ranker.ByDate(s) : Ranker.ByRelevance(s);
        var page = Ranker.Top(matches, request.Page * request.PageSize, order).Skip((request.Page - 1) * request.PageSize).ToList();
        hits.Load(page.Select(c => c.RowId));
        return (matches.Count, page.Select(c => hits.Hit(c)).ToList());
    }

    private (int, List<SearchHit>) PageOfItems(List<ScoredChunk> matches, SearchRequest request, HitBuilder hits, bool decisions)
    {
        var relevance = Ranker.ByRelevance(s);
        // Meeting-level chunks (attendance) have no item: each is a group of its own.
        var groups = matches.GroupBy(m => s.Item[m.RowId] >= 0 ? s.Item[m.RowId] : -1 - m.RowId).Select(g =>
        {
            var chunks = g.ToList();
            chunks.Sort(relevance);
            if (decisions) chunks = [.. chunks.Where(c => s.Kind[c.RowId] == 1), .. chunks.Where(c => s.Kind[c.RowId] != 1)];
            return chunks;
        }).ToList();

        var order = request.Sort == SearchSort.Date ? Ranker.ByDate(s) : relevance;
        Comparison<List<ScoredChunk>> groupOrder = (a, b) => order(Best(a), Best(b));
        var top = Ranker.Top(groups, request.Page * request.PageSize, groupOrder).Skip((request.Page - 1) * request.PageSize).ToList();
        hits.Load(top.SelectMany(g => g.Take(PassagesPerItem)).Select(c => c.RowId));
        var page = top.Select(g =>
        {
            var passages = g.Take(PassagesPerItem).Select(hits.Passage).ToList();
            return hits.Hit(g[0] with { Score = Best(g).Score }, passages);
        }).ToList();
        return (groups.Count, page);
    }

    private static ScoredChunk Best(List<ScoredChunk> group)
    {
        var best = group[0];
        foreach (var c in group)
            if (c.Score > best.Score) best = c;
        return best;
    }

    private static ChunkFilter CopyWithKinds(ChunkFilter f, string kind) => new()
    {
        IncludeRestricted = f.IncludeRestricted,
        Topics = f.Topics,
        Speakers = f.Speakers,
        Committees = f.Committees,
        Kinds = ChunkKinds.Names.Select(n => n == kind).ToArray(),
        From = f.From,
        To = f.To,
        Years = f.Years,
    };
}
