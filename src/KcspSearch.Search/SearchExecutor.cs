using System.Buffers;
using System.Text.RegularExpressions;
using KcspSearch.Search.Facets;
using KcspSearch.Search.Highlighting;
using KcspSearch.Search.Index;
using KcspSearch.Search.Matching;
using KcspSearch.Search.Query;
using KcspSearch.Search.Ranking;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search;

/// <summary>
/// Runs one plan inside one read transaction: the postings find and score the matches (FTS5 only for what their
/// positions cannot answer), the doc values filter them and count facets, proximity is checked from the positions for
/// the page's candidates only, and only the page's chunks are read and highlighted.
/// </summary>
internal sealed class SearchExecutor(IndexReader reader, EngineState state, SearchOptions options, bool includeRestricted)
{
    private const int PassagesPerItem = 3;
    private const int MaxWordsToCorrect = 8;
    /// <summary>Above this many candidates one FTS5 NEAR query over everything is cheaper than reading each text (when the positions cannot answer).</summary>
    private const int MaxProximityTexts = 5000;
    private readonly IndexSnapshot s = state.Snapshot;
    private readonly List<string> notes = [];

    public SearchResponse Run(ParsedQuery parsed, SearchRequest request)
    {
        var plan = state.Planner.Plan(parsed, request, includeRestricted);
        if (IsPlainBrowse(plan, request)) return PlainBrowse(plan, request);
        return Run(parsed, request, plan);
    }

    /// <summary>
    /// No query text and no filters: every visible chunk, the landing page. Its answer scans the whole index yet
    /// changes only with the index version, so it is kept per version (and caller kind, page and options).
    /// </summary>
    private static bool IsPlainBrowse(QueryPlan plan, SearchRequest request) =>
        string.IsNullOrWhiteSpace(request.Q) && plan.Strict is null && plan.Exclusion is null && !plan.DecisionIntent && plan.Filter.IsEmpty;

    private SearchResponse PlainBrowse(QueryPlan plan, SearchRequest request)
    {
        var key = (includeRestricted, request.Group, request.Sort, request.Page, request.PageSize, request.FacetMonths);
        if (state.Browses.TryGetValue(key, out var cached)) return cached;
        var response = Run(plan.Parsed, request, plan);
        if (state.Browses.Count >= EngineState.MaxCachedBrowses) state.Browses.Clear();
        state.Browses[key] = response;
        return response;
    }

    private SearchResponse Run(ParsedQuery parsed, SearchRequest request, QueryPlan plan)
    {
        var filter = plan.Filter;
        if (plan.DecisionIntent && plan.Strict is null && filter.Kinds is null)
            filter = CopyWithKinds(filter, "resolution");

        string? didYouMean = null;
        var expression = plan.Strict;
        ScoredRows matches;
        if (plan.Strict is not null)
        {
            matches = Scored(plan.Strict, filter);
            if (matches.Count == 0 && Corrections(plan) is { Count: > 0 } corrections)
            {
                var corrected = state.Planner.Plan(Rewrite(parsed, corrections), request, includeRestricted);
                var foundBy = corrected.Strict!;
                var found = Scored(foundBy, filter);
                if (found.Count == 0 && corrected.Loose is not null)
                {
                    found.Dispose();
                    found = Scored(foundBy = corrected.Loose, filter);
                }
                if (found.Count > 0)
                {
                    didYouMean = CorrectedText(request.Q ?? "", corrections);
                    notes.Add("corrected " + string.Join(", ", corrections.Select(c => $"{c.Key} → {c.Value}")));
                    expression = foundBy;
                    plan = corrected;
                    matches.Dispose();
                    matches = found;
                }
                else found.Dispose();
            }
            if (matches.Count == 0 && plan.Loose is not null)
            {
                matches.Dispose();
                matches = Scored(plan.Loose, filter);
                expression = plan.Loose;
                if (matches.Count > 0) notes.Add("no passage has every word; showing passages with any of them");
            }
        }
        else matches = Browse(plan, filter);

        try
        {
            ApplySpeakerIntent(plan, matches);
            var decisions = plan.DecisionIntent && plan.Strict is not null;
            if (plan.Proximity is not null && expression == plan.Strict && matches.Count > 1) BoostProximity(plan.Proximity, matches, request, decisions, filter);
            var added = decisions ? AddResolutions(matches, filter) : [];

            var facets = FacetCounter.Count(s, matches.Rows, request.FacetMonths, options.TopicLabels);
            var finder = expression is null ? null : new PhraseFinder(s, PhraseFinder.PhrasesOf(expression));
            var hits = new HitBuilder(reader, s, finder, row => !added.Contains(row));
            var (total, page) = request.Group == SearchGroup.Chunk
                ? PageOfChunks(matches, request, hits)
                : PageOfItems(matches, request, hits, plan.DecisionIntent);

            var interpreted = string.Join("; ", new[] { plan.Description }.Concat(notes));
            return new SearchResponse(total, 0, page, facets, interpreted, didYouMean);
        }
        finally
        {
            matches.Dispose();
        }
    }

    /// <summary>The rows matching the expression and the filter, with their BM25 scores.</summary>
    private ScoredRows Scored(MatchNode expression, ChunkFilter filter)
    {
        using var matcher = new Matcher(s, FtsRows);
        var rows = matcher.Evaluate(expression);
        var result = new ScoredRows(rows.Count);
        foreach (var row in rows.Span)
            if (filter.Matches(s, row)) result.Add(row, 0);
        Bm25.Score(s, matcher.Leaves, result.Rows, result.Scores, includeRestricted);
        return result;
    }

    /// <summary>No words: every visible chunk the filters (and any -words) allow, unscored.</summary>
    private ScoredRows Browse(QueryPlan plan, ChunkFilter filter)
    {
        using var matcher = new Matcher(s, FtsRows);
        var excluded = plan.Exclusion is null ? RowList.Empty : matcher.Evaluate(plan.Exclusion);
        var result = new ScoredRows(1024);
        var skip = excluded.Span;
        var j = 0;
        foreach (var r in Candidates(filter))
        {
            if (!filter.Matches(s, r)) continue;
            j = RowSets.Seek(skip, r, j);
            if (j < skip.Length && skip[j] == r) continue;
            result.Add(r, 0);
        }
        return result;
    }

    /// <summary>
    /// The rows a browse must look at, ascending: those of the wanted topics or speakers (the smaller set when both
    /// are given; the filter still checks everything), or else every row.
    /// </summary>
    private IEnumerable<int> Candidates(ChunkFilter filter)
    {
        var topics = filter.Topics is null ? null : RowsOf(s.RowsByTopic, filter.Topics);
        var speakers = filter.Speakers is null ? null : RowsOf(s.RowsBySpeaker, filter.Speakers);
        if (topics is not null && (speakers is null || topics.Length <= speakers.Length)) return topics;
        if (speakers is not null) return speakers;
        return Enumerable.Range(0, s.Capacity);
    }

    private static int[] RowsOf(int[][] rowsByValue, HashSet<int> values)
    {
        var lists = values.Where(v => (uint)v < (uint)rowsByValue.Length).Select(v => rowsByValue[v]).ToList();
        if (lists.Count == 1) return lists[0];
        var rows = lists.SelectMany(l => l).ToArray();
        Array.Sort(rows);
        return rows.Distinct().ToArray();
    }

    /// <summary>Rows FTS5 matches for an expression, cached per index version (unless caching is off); an expression FTS5 refuses finds nothing.</summary>
    private int[] FtsRows(string expression)
    {
        var caching = options.ResultCacheSize > 0;
        if (caching && state.FtsRows.TryGetValue(expression, out var cached)) return cached;
        int[] rows;
        try
        {
            rows = [.. reader.Match(expression)];
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            notes.Add("part of the query could not be used");
            return [];
        }
        if (!caching) return rows;
        if (state.FtsRows.Count >= EngineState.MaxCachedFtsResults) state.FtsRows.Clear();
        state.FtsRows[expression] = rows;
        return rows;
    }

    private Dictionary<string, string> Corrections(QueryPlan plan)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        // A long query with no match is not a typo; checking each of its words would only cost time.
        if (plan.Words.Count > MaxWordsToCorrect) return result;
        foreach (var word in plan.Words)
        {
            if (Occurs(word)) continue;
            if (SpellingCorrector.Correct(word, s.Vocabulary, includeRestricted) is { } correction) result[word] = correction;
        }
        return result;
    }

    private bool Occurs(string word)
    {
        var postings = s.PostingsOf(s.TermOf(word));
        foreach (var row in postings.DocSpan)
            if (s.IsVisible(row, includeRestricted)) return true;
        return false;
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

    /// <summary>"What did X say": only X's passages, unless X speaks in none of the matches.</summary>
    private void ApplySpeakerIntent(QueryPlan plan, ScoredRows matches)
    {
        if (plan.SpeakerIntent < 0) return;
        var rows = matches.Rows;
        var scores = matches.Scores;
        var kept = 0;
        for (var i = 0; i < rows.Length; i++)
            if (s.SpeakersOf(rows[i]).Contains(plan.SpeakerIntent))
            {
                rows[kept] = rows[i];
                scores[kept++] = scores[i];
            }
        if (kept > 0)
        {
            matches.Truncate(kept);
            return;
        }
        // Nothing was moved: the matches are intact.
        notes.Add($"{s.People[plan.SpeakerIntent].Name} speaks in none of the matches; showing every match");
    }

    /// <summary>
    /// Boosts the matches whose words are close together, checking only what can change the requested page. Units
    /// (items, or chunks without one) are taken in the order of the best key they could reach with the boost; their
    /// chunks are checked (from the positions, or else their texts) batch by batch until the next unit could not come
    /// before the page's last entry.
    /// Chunks left unchecked keep their score: they cannot reach the page.
    /// The per-unit state lives in arrays rented from the shared pool: sized by the match set, they would otherwise be
    /// large-object garbage on every query.
    /// </summary>
    private void BoostProximity(IReadOnlyList<MatchPhrase> phrases, ScoredRows matches, SearchRequest request, bool decisions, ChunkFilter filter)
    {
        var wanted = request.Page * request.PageSize;
        var byItem = request.Group == SearchGroup.Item;
        double Certain(int i) => matches.Scores[i] * (decisions && s.Kind[matches.Rows[i]] == 1 ? Ranker.ResolutionBoost : 1);

        var count = matches.Count;
        var unitOfItem = ArrayPool<int>.Shared.Rent(Math.Max(1, s.Items.Count));
        var unitOfMatch = ArrayPool<int>.Shared.Rent(count);
        var units = ArrayPool<ProximityUnit>.Shared.Rent(count);
        try
        {
            unitOfItem.AsSpan(0, s.Items.Count).Fill(-1);
            var unitCount = 0;
            for (var i = 0; i < count; i++)
            {
                var row = matches.Rows[i];
                var item = s.Item[row];
                var u = item >= 0 ? unitOfItem[item] : -1;
                if (u < 0)
                {
                    u = unitCount++;
                    if (item >= 0) unitOfItem[item] = u;
                    units[u] = new ProximityUnit { Item = item, Best = double.NegativeInfinity, MinRow = row, MaxRow = row };
                }
                unitOfMatch[i] = u;
                ref var unit = ref units[u];
                unit.Best = Math.Max(unit.Best, Certain(i));
                unit.MinRow = Math.Min(unit.MinRow, row);
                unit.MaxRow = Math.Max(unit.MaxRow, row);
            }

            // A decision lists an item by its added resolutions, at their share of its best chunk; in chunk lists such a
            // resolution is a hit of its own, so the share only widens the reach. Their rowids bound the tie-break.
            var reach = Ranker.ProximityBoost * (decisions && !byItem ? Ranker.ItemResolutionShare : 1);
            using var queue = new RankQueue(unitCount);
            for (var u = 0; u < unitCount; u++)
            {
                ref var unit = ref units[u];
                var first = unit.MinRow;
                var last = unit.MaxRow;
                var added = false;
                if (decisions && unit.Item >= 0)
                    foreach (var r in s.Items[unit.Item].Resolutions)
                        if (matches.Rows.BinarySearch(r) < 0 && filter.Matches(s, r))
                        {
                            added = true;
                            first = Math.Min(first, r);
                            last = Math.Max(last, r);
                        }
                unit.Share = byItem && added ? Ranker.ItemResolutionShare : 1;
                unit.LastRow = last;
                queue.Enqueue(u, Ranker.Key(s, first, unit.Best * unit.Share * reach, request.Sort));
            }

            var page = new TopK(wanted);
            var finder = new PhraseFinder(s, phrases);
            var positions = PositionProximity.For(s, phrases, Ranker.ProximityDistance);
            var batchSize = Math.Max(4, 2 * wanted);
            // Only the texts' path can fall back to FTS5 for the rest, which must not boost a row twice.
            var boosted = new HashSet<int>();
            var checkedRows = 0;
            var batch = 0;
            var indexes = new List<int>();
            var finals = new Dictionary<int, RankKey>();
            bool CanReach(RankKey key) => page.Count < wanted || key.Before(page.Worst);
            while (queue.TryPeek(out _, out var reachable) && CanReach(reachable))
            {
                batch++;
                for (var taken = 0; taken < batchSize && queue.TryPeek(out _, out reachable) && CanReach(reachable); taken++)
                    units[queue.Dequeue()].Batch = batch;
                indexes.Clear();
                for (var i = 0; i < count; i++)
                    if (units[unitOfMatch[i]].Batch == batch) indexes.Add(i);
                checkedRows += indexes.Count;
                if (positions is null && checkedRows > MaxProximityTexts)
                {
                    BoostEveryNearMatch(phrases, matches, boosted);
                    return;
                }
                // The postings' positions answer for any number of rows; only a word without an FTS5 token needs the texts.
                var texts = positions is null ? reader.Texts(indexes.Select(i => matches.Rows[i]).ToList(), s) : null;
                finals.Clear();
                foreach (var i in indexes)
                {
                    var row = matches.Rows[i];
                    var near = positions?.IsNear(row)
                        ?? (texts!.TryGetValue(row, out var text) && Proximity.IsNear(finder, text, Ranker.ProximityDistance));
                    if (near)
                    {
                        matches.Scores[i] *= Ranker.ProximityBoost;
                        if (positions is null) boosted.Add(row);
                    }
                    var u = unitOfMatch[i];
                    ref readonly var unit = ref units[u];
                    // With a share, the item is listed by a resolution: its last possible rowid keeps the key a lower bound.
                    var key = Ranker.Key(s, unit.Share > 1 ? unit.LastRow : row, Certain(i) * unit.Share, request.Sort);
                    if (!byItem) page.Offer(key, 0);
                    else if (!finals.TryGetValue(u, out var kept) || key.Before(kept)) finals[u] = key;
                }
                foreach (var key in finals.Values) page.Offer(key, 0);
                batchSize *= 2;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(unitOfItem);
            ArrayPool<int>.Shared.Return(unitOfMatch);
            ArrayPool<ProximityUnit>.Shared.Return(units);
        }
    }

    /// <summary>An item, or a chunk without one, while the proximity boost checks the matches.</summary>
    private struct ProximityUnit
    {
        /// <summary>The item, or -1 for a chunk of its own.</summary>
        public int Item;
        public double Best;
        public int MinRow;
        public int MaxRow;
        /// <summary>The share an item listed by its added resolutions gets (1 otherwise).</summary>
        public double Share;
        /// <summary>The last rowid the unit can be listed by (its added resolutions included).</summary>
        public int LastRow;
        /// <summary>The batch that took the unit from the queue (0: not yet taken).</summary>
        public int Batch;
    }

    /// <summary>Too many candidates to read: one FTS5 NEAR query over the whole index boosts the rest.</summary>
    private void BoostEveryNearMatch(IReadOnlyList<MatchPhrase> phrases, ScoredRows matches, HashSet<int> boosted)
    {
        var rows = matches.Rows;
        var scores = matches.Scores;
        HashSet<int> close;
        try
        {
            close = [.. reader.Match(FtsExpression.Near(phrases, Ranker.ProximityDistance))];
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            notes.Add("part of the query could not be used");
            return;
        }
        for (var i = 0; i < rows.Length; i++)
            if (close.Contains(rows[i]) && !boosted.Contains(rows[i])) scores[i] *= Ranker.ProximityBoost;
    }

    /// <summary>Decision questions: matching resolutions rise, and each matching item brings its resolutions along (returned).</summary>
    private HashSet<int> AddResolutions(ScoredRows matches, ChunkFilter filter)
    {
        var count = matches.Count;
        var itemCount = Math.Max(1, s.Items.Count);
        // The best score of each matching item (-1: none yet), in first-match order; pooled, as they are sized by the items.
        var bestOfItem = ArrayPool<double>.Shared.Rent(itemCount);
        var touched = ArrayPool<int>.Shared.Rent(itemCount);
        var touchedCount = 0;
        try
        {
            bestOfItem.AsSpan(0, itemCount).Fill(-1);
            var rows = matches.Rows;
            var scores = matches.Scores;
            for (var i = 0; i < count; i++)
            {
                if (s.Kind[rows[i]] == 1) scores[i] *= Ranker.ResolutionBoost;
                var item = s.Item[rows[i]];
                if (item < 0) continue;
                if (bestOfItem[item] < 0)
                {
                    touched[touchedCount++] = item;
                    bestOfItem[item] = 0;
                }
                bestOfItem[item] = Math.Max(bestOfItem[item], scores[i]);
            }
            // The first rows are still the matches in ascending order (added ones go after them): presence is a binary search.
            var added = new HashSet<int>();
            foreach (var item in touched.AsSpan(0, touchedCount))
                foreach (var r in s.Items[item].Resolutions)
                    if (matches.Rows[..count].BinarySearch(r) < 0 && filter.Matches(s, r) && added.Add(r))
                        matches.Add(r, bestOfItem[item] * Ranker.ItemResolutionShare);
            return added;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(bestOfItem);
            ArrayPool<int>.Shared.Return(touched);
        }
    }

    private (int, List<SearchHit>) PageOfChunks(ScoredRows matches, SearchRequest request, HitBuilder hits)
    {
        var top = new TopK(request.Page * request.PageSize);
        var rows = matches.Rows;
        var scores = matches.Scores;
        for (var i = 0; i < rows.Length; i++) top.Offer(Ranker.Key(s, rows[i], scores[i], request.Sort), i);
        var page = new List<ScoredChunk>();
        foreach (var i in top.Sorted().Skip((request.Page - 1) * request.PageSize)) page.Add(new ScoredChunk(rows[i], scores[i]));
        hits.Load(page.Select(c => c.RowId));
        return (matches.Count, page.Select(c => hits.Hit(c)).ToList());
    }

    /// <summary>
    /// One hit per item (a meeting-level chunk is an item of its own): items rank by their best chunk, and only the
    /// page's items gather their passages.
    /// </summary>
    private (int, List<SearchHit>) PageOfItems(ScoredRows matches, SearchRequest request, HitBuilder hits, bool decisions)
    {
        var rows = matches.Rows;
        var scores = matches.Scores;
        var itemCount = Math.Max(1, s.Items.Count);
        var best = ArrayPool<int>.Shared.Rent(itemCount);
        // The matching items in first-match order.
        var touched = ArrayPool<int>.Shared.Rent(itemCount);
        var touchedCount = 0;
        try
        {
            // The best match of each item (ties: document order), then the best units; a unit is an item (-1 - item)
            // or a meeting-level chunk (its match index).
            best.AsSpan(0, itemCount).Fill(-1);
            var top = new TopK(request.Page * request.PageSize);
            var units = 0;
            for (var i = 0; i < rows.Length; i++)
            {
                var item = s.Item[rows[i]];
                if (item < 0)
                {
                    units++;
                    top.Offer(Ranker.Key(s, rows[i], scores[i], request.Sort), i);
                    continue;
                }
                var b = best[item];
                if (b < 0)
                {
                    touched[touchedCount++] = item;
                    best[item] = i;
                }
                else if (scores[i] > scores[b] || (scores[i] == scores[b] && rows[i] < rows[b])) best[item] = i;
            }
            units += touchedCount;
            foreach (var item in touched.AsSpan(0, touchedCount)) top.Offer(Ranker.Key(s, rows[best[item]], scores[best[item]], request.Sort), -1 - item);

            var pageUnits = top.Sorted().Skip((request.Page - 1) * request.PageSize).ToList();
            var groups = pageUnits.Where(u => u < 0).ToDictionary(u => -1 - u, _ => new List<ScoredChunk>());
            for (var i = 0; i < rows.Length && groups.Count > 0; i++)
                if (s.Item[rows[i]] is var item and >= 0 && groups.TryGetValue(item, out var group)) group.Add(new ScoredChunk(rows[i], scores[i]));

            var relevance = Ranker.ByRelevance(s);
            var ordered = new List<List<ScoredChunk>>();
            foreach (var u in pageUnits)
            {
                var chunks = u < 0 ? groups[-1 - u] : [new ScoredChunk(rows[u], scores[u])];
                chunks.Sort(relevance);
                if (decisions) chunks = [.. chunks.Where(c => s.Kind[c.RowId] == 1), .. chunks.Where(c => s.Kind[c.RowId] != 1)];
                ordered.Add(chunks);
            }
            hits.Load(ordered.SelectMany(g => g.Take(PassagesPerItem)).Select(c => c.RowId));
            var page = ordered.Select(g =>
            {
                var passages = g.Take(PassagesPerItem).Select(hits.Passage).ToList();
                return hits.Hit(g[0] with { Score = g.Max(c => c.Score) }, passages);
            }).ToList();
            return (units, page);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(best);
            ArrayPool<int>.Shared.Return(touched);
        }
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
