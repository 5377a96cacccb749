using KcspSearch.Minutes.Parsing;
using KcspSearch.Search.Facets;
using KcspSearch.Search.Index;

namespace KcspSearch.Search.Query;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> and the request's filters into a <see cref="QueryPlan"/>: expands acronyms,
/// resolves speaker, topic and committee names against the index's people and topics, writes the FTS5 expressions.
/// </summary>
internal sealed class QueryPlanner(IndexSnapshot snapshot, AcronymExpander acronyms, IReadOnlyDictionary<string, string> topicLabels)
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "the" };

    /// <summary>The words of each person's name and id, split once per snapshot rather than on every query.</summary>
    private readonly Lazy<HashSet<string>[]> personWords = new(() =>
        snapshot.People.Select(p => Words.Split(p.Name).Concat(Words.Split(p.Id)).ToHashSet(StringComparer.Ordinal)).ToArray());

    public QueryPlan Plan(ParsedQuery parsed, SearchRequest request, bool includeRestricted)
    {
        var notes = new List<string>();
        var parts = new List<string>();

        var speakerIntent = -1;
        var clausesIn = parsed.Clauses.ToList();
        if (parsed.SpeakerIntent is { } name)
        {
            var found = ResolvePeople(name);
            if (found.Count > 0)
            {
                // The same person whichever order the index loaded people in.
                speakerIntent = found.MinBy(i => snapshot.People[i].Id, StringComparer.Ordinal);
                parts.Add($"said by {snapshot.People[speakerIntent].Name}");
            }
            else
            {
                clausesIn.InsertRange(0, Words.Split(name).Select(w => (QueryNode)new TermNode(w)));
                notes.Add($"no speaker called {name}; searched for the name");
            }
        }

        var clauses = acronyms.Expand(clausesIn, notes);
        var required = clauses.Select(FtsExpression.From)
            .Concat(parsed.ItemTitles.Select(t => (MatchNode)new MatchPhrase(t.Words, TitleOnly: true))).ToList();
        var excluded = parsed.Exclusions.Select(FtsExpression.From).ToList();
        var near = clauses.Where(c => c is TermNode { Prefix: false } or PhraseNode).Select(c => (MatchPhrase)FtsExpression.From(c)).ToList();

        if (parsed.DecisionIntent) parts.Insert(0, "decisions (resolutions first)");
        if (clauses.Count > 0) parts.Add(string.Join(" AND ", clauses.Select(c => c.Describe())));
        if (parsed.ItemTitles.Count > 0) parts.Add("item title: " + string.Join(", ", parsed.ItemTitles.Select(t => t.Describe())));
        if (excluded.Count > 0) parts.Add("not: " + string.Join(", ", parsed.Exclusions.Select(e => e.Describe())));
        if (required.Count == 0 && excluded.Count == 0) parts.Add(parsed.DecisionIntent ? "every resolution" : "all passages");

        var filter = BuildFilter(parsed, request, includeRestricted, parts);
        parts.AddRange(notes);

        return new QueryPlan
        {
            Parsed = parsed,
            Strict = FtsExpression.Combine(required, excluded),
            Loose = required.Count > 1 ? FtsExpression.Combine(required, excluded, any: true) : null,
            Exclusion = required.Count == 0 ? FtsExpression.Combine(excluded, [], any: true) : null,
            Proximity = near.Count >= 2 ? near : null,
            Filter = filter,
            DecisionIntent = parsed.DecisionIntent,
            SpeakerIntent = speakerIntent,
            Words = clausesIn.SelectMany(WordsOf).Distinct().ToList(),
            Description = string.Join("; ", parts),
        };
    }

    private ChunkFilter BuildFilter(ParsedQuery parsed, SearchRequest request, bool includeRestricted, List<string> parts)
    {
        var speakers = request.Speakers.Concat(parsed.Speakers).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var topics = request.Topics.Concat(parsed.Topics).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var committees = request.Committees.Concat(parsed.Committees).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var kinds = request.Kinds.Where(k => !string.IsNullOrWhiteSpace(k)).Select(ParseKind).Concat(parsed.Kinds).Distinct().ToList();

        if (speakers.Count > 0) parts.Add("speaker: " + string.Join(" OR ", speakers));
        if (topics.Count > 0) parts.Add("topic: " + string.Join(" OR ", topics));
        if (kinds.Count > 0) parts.Add("kind: " + string.Join(" OR ", kinds));
        if (committees.Count > 0) parts.Add("committee: " + string.Join(" OR ", committees));

        var from = Max(request.From, parsed.From);
        var to = Min(request.To, parsed.To);
        if (from is not null || to is not null) parts.Add($"dates: {from?.ToString("yyyy-MM-dd") ?? "…"} to {to?.ToString("yyyy-MM-dd") ?? "…"}");
        if (parsed.Years.Count > 0) parts.Add("year: " + string.Join(" OR ", parsed.Years.Distinct()));

        return new ChunkFilter
        {
            IncludeRestricted = includeRestricted,
            Speakers = speakers.Count == 0 ? null : speakers.SelectMany(ResolvePeople).ToHashSet(),
            Topics = topics.Count == 0 ? null : topics.SelectMany(ResolveTopic).ToHashSet(),
            Committees = committees.Count == 0 ? null : committees.SelectMany(ResolveCommittee).ToHashSet(),
            Kinds = kinds.Count == 0 ? null : ChunkKinds.Names.Select(kinds.Contains).ToArray(),
            From = from,
            To = to,
            Years = parsed.Years.Count == 0 ? null : parsed.Years.ToHashSet(),
        };
    }

    private static string ParseKind(string kind)
    {
        var index = ChunkKinds.Parse(kind);
        return index >= 0 ? ChunkKinds.Names[index]
            : throw new QuerySyntaxException($"kind '{kind}' is unknown; use discussion, resolution, procedural or attendance.");
    }

    /// <summary>Person indexes whose id or name holds every word given ("Peerbux", "Shafick Peerbux", "Mr S Peerbux").</summary>
    public HashSet<int> ResolvePeople(string value)
    {
        var result = new HashSet<int>();
        var wanted = Words.Split(value).Where(w => !Honorifics.Contains(w)).ToList();
        if (wanted.Count == 0) return result;
        var joined = string.Join('-', wanted);
        for (var i = 0; i < snapshot.People.Count; i++)
        {
            var person = snapshot.People[i];
            if (string.Equals(person.Id, value.Trim(), StringComparison.OrdinalIgnoreCase) || person.Id == joined)
            {
                result.Add(i);
                continue;
            }
            var known = personWords.Value[i];
            // Initials in the query ("S Peerbux") match any first name.
            if (wanted.All(w => known.Contains(w) || (w.Length == 1 && known.Any(k => k.StartsWith(w, StringComparison.Ordinal)))))
                result.Add(i);
        }
        return result;
    }

    private IEnumerable<int> ResolveTopic(string value)
    {
        if (snapshot.TopicIndex.TryGetValue(value.Trim(), out var index)) return [index];
        var byLabel = topicLabels.Where(t => string.Equals(t.Value, value.Trim(), StringComparison.OrdinalIgnoreCase)).Select(t => t.Key);
        return byLabel.Where(snapshot.TopicIndex.ContainsKey).Select(k => snapshot.TopicIndex[k]).ToList();
    }

    private IEnumerable<int> ResolveCommittee(string value)
    {
        var v = value.Trim();
        for (var i = 0; i < snapshot.Committees.Count; i++)
            if (string.Equals(snapshot.Committees[i], v, StringComparison.OrdinalIgnoreCase)
                || string.Equals(MeetingIds.Slug(snapshot.Committees[i]), v, StringComparison.OrdinalIgnoreCase))
                yield return i;
    }

    private static IEnumerable<string> WordsOf(QueryNode node) => node switch
    {
        TermNode { Prefix: false } t => [t.Word],
        PhraseNode p => p.Words,
        OrNode o => o.Alternatives.SelectMany(WordsOf),
        _ => [],
    };

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
