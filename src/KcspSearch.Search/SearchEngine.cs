using System.Diagnostics;
using System.Globalization;
using KcspSearch.Search.Facets;
using KcspSearch.Search.Highlighting;
using KcspSearch.Search.Index;
using KcspSearch.Search.Query;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search;

/// <summary>
/// Answers queries over a <see cref="SearchIndex"/>: thread-safe, many concurrent readers while the writer writes.
/// The in-memory index follows the database version by version (see <see cref="SnapshotLoader"/>); responses are
/// cached per (request, version) unless <see cref="SearchOptions.ResultCacheSize"/> is 0.
/// </summary>
public sealed class SearchEngine
{
    private readonly SearchIndex index;
    private readonly IQueryParser parser = new QueryParser();
    private readonly Lock loadLock = new();
    private readonly SnapshotLoader loader = new(new FtsStemmer());
    private volatile EngineState? state;

    public SearchEngine(SearchIndex index, SearchOptions? options = null)
    {
        this.index = index;
        Options = options ?? SearchOptions.FromConfig(new KcspSearch.Minutes.MinutesOptions());
    }

    public SearchIndex Index => index;

    public SearchOptions Options { get; }

    /// <summary>Runs a query. Throws <see cref="QuerySyntaxException"/> for input the user must fix; never a SQLite error.</summary>
    public SearchResponse Search(SearchRequest request, bool includeRestricted = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        request = Normalise(request);
        var parsed = parser.Parse(request.Q);
        var response = Read((reader, current) =>
        {
            if (Options.ResultCacheSize <= 0) return new SearchExecutor(reader, current, Options, includeRestricted).Run(parsed, request);
            var key = CacheKey(request, includeRestricted);
            if (current.Results.TryGetValue(key, out var cached)) return cached;
            var result = new SearchExecutor(reader, current, Options, includeRestricted).Run(parsed, request);
            if (current.Results.Count >= Options.ResultCacheSize) current.Results.Clear();
            current.Results[key] = result;
            return result;
        });
        return response with { TookMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2) };
    }

    /// <summary>Every resolution matching the request (its kinds and grouping are overridden), newest first for an empty query.</summary>
    public DecisionsResponse Decisions(SearchRequest request, bool includeRestricted = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = Search(request with
        {
            Kinds = ["resolution"],
            Group = SearchGroup.Chunk,
            Sort = string.IsNullOrWhiteSpace(request.Q) ? SearchSort.Date : request.Sort,
        }, includeRestricted);
        return new DecisionsResponse(response.Total, response.TookMs, response.Hits, response.Facets, response.InterpretedAs, response.DidYouMean);
    }

    /// <summary>Meetings newest first, with counts of the items and chunks visible to the caller.</summary>
    public IReadOnlyList<MeetingSummary> Meetings(bool includeRestricted = false, string? committee = null, DateOnly? from = null, DateOnly? to = null) =>
        Read((reader, current) =>
        {
            var s = current.Snapshot;
            var tallies = current.Tallies(includeRestricted);

            var result = new List<MeetingSummary>();
            using var rows = reader.Query("SELECT id, committee, date, start_time, venue, status FROM meetings ORDER BY date DESC, id");
            while (rows.Read())
            {
                var m = s.MeetingIndex.GetValueOrDefault(rows.GetString(0), -1);
                if (m < 0 || m >= s.Meetings.Count) continue;
                var date = s.Meetings[m].Date;
                if ((from is { } f && date < f) || (to is { } t && date > t)) continue;
                if (committee is not null && !MatchesCommittee(rows.GetString(1), committee)) continue;
                result.Add(new MeetingSummary(rows.GetString(0), rows.GetString(1), date, NullableString(rows, 3), NullableString(rows, 4),
                    rows.GetString(5), tallies.MeetingItems[m], tallies.MeetingChunks[m]));
            }
            return (IReadOnlyList<MeetingSummary>)result;
        });

    /// <summary>One meeting with its items; restricted items only when <paramref name="includeRestricted"/>.</summary>
    public MeetingDetail? Meeting(string id, bool includeRestricted = false) => Read((reader, _) =>
    {
        using var meeting = reader.Query(
            "SELECT id, committee, date, start_time, venue, status, format, attendees, key FROM meetings WHERE id = $id", ("$id", id));
        if (!meeting.Read()) return null;
        var key = meeting.GetInt64(8);
        var items = new List<ItemSummary>();
        using (var rows = reader.Query($"""
            SELECT i.ordinal, i.minute_number, i.agenda_code, i.title, i.restricted, i.topics, i.speakers, {IndexSchema.ResolutionsSql}
            FROM items i WHERE i.meeting = $key ORDER BY i.ordinal
            """, ("$key", key)))
            while (rows.Read())
            {
                var restricted = rows.GetInt64(4) != 0;
                if (restricted && !includeRestricted) continue;
                items.Add(new ItemSummary($"{id}/{rows.GetInt32(0)}", rows.GetInt32(0), NullableString(rows, 1), NullableString(rows, 2),
                    rows.GetString(3), restricted, Json.ReadList(rows.GetString(5)), Json.ReadList(rows.GetString(6)),
                    Json.ReadList(rows.GetString(7))));
            }
        var attendees = Attendees.Read(meeting.GetString(7));
        // Someone who only speaks in an exempt item is not named to callers who cannot see that item.
        var named = attendees.Select(a => a.PersonId).Concat(items.SelectMany(i => i.Speakers)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var people = new List<PersonView>();
        using (var rows = reader.Query("SELECT person_id, name, role, organisation, is_office FROM people WHERE meeting = $key ORDER BY name", ("$key", key)))
            while (rows.Read())
                if (includeRestricted || named.Contains(rows.GetString(0)))
                    people.Add(new PersonView(rows.GetString(0), rows.GetString(1), NullableString(rows, 2), NullableString(rows, 3), rows.GetInt64(4) != 0));
        return new MeetingDetail(meeting.GetString(0), meeting.GetString(1), ParseDate(meeting.GetString(2)), NullableString(meeting, 3),
            NullableString(meeting, 4), meeting.GetString(5), meeting.GetString(6), attendees, people, items);
    });

    /// <summary>One item (<c>{meetingId}/{ordinal}</c>) with every chunk; null when unknown or restricted without the key.</summary>
    public ItemDetail? Item(string itemId, bool includeRestricted = false)
    {
        if (string.IsNullOrEmpty(itemId)) return null;
        var slash = itemId.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(itemId.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)) return null;
        var meetingId = itemId[..slash];
        return Read((reader, _) =>
        {
            using var item = reader.Query($"""
                SELECT i.minute_number, i.agenda_code, i.title, i.restricted, i.topics, i.speakers, {IndexSchema.ResolutionsSql}, m.date, m.committee, m.key
                FROM items i JOIN meetings m ON m.key = i.meeting WHERE m.id = $m AND i.ordinal = $o
                """, ("$m", meetingId), ("$o", ordinal));
            if (!item.Read()) return null;
            var restricted = item.GetInt64(3) != 0;
            if (restricted && !includeRestricted) return null;
            var date = ParseDate(item.GetString(7));
            var committee = item.GetString(8);
            var chunks = new List<ChunkView>();
            using (var rows = reader.Query($"""
                SELECT {IndexSchema.ChunkIdSql}, c.paragraph, c.kind, c.speaker_ids, c.topic_ids, c.text, {IndexSchema.LeadInSql}, c.links
                FROM chunks c JOIN meetings m ON m.key = c.meeting
                WHERE c.meeting = $key AND c.item_ordinal = $o ORDER BY c.rowid
                """, ("$key", item.GetInt64(9)), ("$o", ordinal)))
                while (rows.Read())
                    chunks.Add(new ChunkView(rows.GetString(0), rows.GetString(1), ChunkKinds.FromCode(rows.GetInt64(2)),
                        Json.ReadList(NullableString(rows, 3)), Json.ReadList(NullableString(rows, 4)), rows.GetString(5), NullableString(rows, 6),
                        Json.ReadList(NullableString(rows, 7)),
                        Citations.For(committee, date, ordinal, NullableString(item, 0), item.GetString(2), rows.GetString(1))));
            return new ItemDetail($"{meetingId}/{ordinal}", meetingId, date, committee, ordinal, NullableString(item, 0), NullableString(item, 1),
                item.GetString(2), restricted, Json.ReadList(item.GetString(4)), Json.ReadList(item.GetString(5)), Json.ReadList(item.GetString(6)), chunks);
        });
    }

    /// <summary>Everyone named as a speaker in a visible chunk, most chunks first.</summary>
    public IReadOnlyList<SpeakerSummary> Speakers(bool includeRestricted = false) => Read((_, current) =>
    {
        var s = current.Snapshot;
        var counts = current.Tallies(includeRestricted).PersonChunks;
        return (IReadOnlyList<SpeakerSummary>)s.People.Select((p, i) => new SpeakerSummary(p.Id, p.Name, p.Role, p.Organisation, counts[i]))
            .Where(p => p.Chunks > 0).OrderByDescending(p => p.Chunks).ThenBy(p => p.PersonId, StringComparer.Ordinal).ToList();
    });

    /// <summary>Topics of visible chunks with their labels, most chunks first.</summary>
    public IReadOnlyList<TopicSummary> Topics(bool includeRestricted = false) => Read((_, current) =>
    {
        var s = current.Snapshot;
        var counts = current.Tallies(includeRestricted).TopicChunks;
        return (IReadOnlyList<TopicSummary>)s.Topics.Select((t, i) => new TopicSummary(t, Options.TopicLabels.GetValueOrDefault(t, t), counts[i]))
            .Where(t => t.Count > 0).OrderByDescending(t => t.Count).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    });

    /// <summary>Completions of a prefix: item titles, speakers, topics, then index words.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit = 10, bool includeRestricted = false)
    {
        limit = Math.Clamp(limit, 1, 50);
        var words = Words.Split(prefix).ToList();
        if (words.Count == 0) return [];
        return Read((_, current) => Suggester.Suggest(current.Snapshot, current.Tallies(includeRestricted), Options, words, limit, includeRestricted));
    }

    private T Read<T>(Func<IndexReader, EngineState, T> action)
    {
        try
        {
            return index.WithReader(reader =>
            {
                while (true)
                {
                    using (reader.BeginRead())
                    {
                        // A read that began before a newer version was loaded starts again, so the snapshot and
                        // the transaction always show the same version.
                        if (Current(reader) is { } current) return action(reader, current);
                    }
                }
            });
        }
        catch (SqliteException e)
        {
            throw new InvalidOperationException($"The search index in {index.Directory} could not be read: {e.Message}", e);
        }
    }

    /// <summary>The state for the reader's version, loading it when newer; null when the reader's transaction is older than the loaded state.</summary>
    private EngineState? Current(IndexReader reader)
    {
        var version = reader.ReadVersion();
        var current = state;
        if (current?.Snapshot.Version == version) return current;
        if (current is not null && current.Snapshot.Version > version) return null;
        lock (loadLock)
        {
            current = state;
            if (current?.Snapshot.Version == version) return current;
            if (current is not null && current.Snapshot.Version > version) return null;
            current = new EngineState(loader.Load(reader, version), Options);
            state = current;
            return current;
        }
    }

    private static SearchRequest Normalise(SearchRequest request) => request with
    {
        Page = Math.Clamp(request.Page, 1, 10_000),
        PageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize),
        Topics = request.Topics ?? [],
        Speakers = request.Speakers ?? [],
        Kinds = request.Kinds ?? [],
        Committees = request.Committees ?? [],
    };

    private static string CacheKey(SearchRequest r, bool includeRestricted) => string.Join('\u001f',
        r.Q, string.Join('\u001e', r.Topics), string.Join('\u001e', r.Speakers), string.Join('\u001e', r.Kinds),
        string.Join('\u001e', r.Committees), r.From, r.To, r.Group, r.Sort, r.Page, r.PageSize, r.FacetMonths, includeRestricted);

    private static bool MatchesCommittee(string committee, string wanted) =>
        string.Equals(committee, wanted, StringComparison.OrdinalIgnoreCase)
        || string.Equals(KcspSearch.Minutes.Parsing.MeetingIds.Slug(committee), wanted, StringComparison.OrdinalIgnoreCase);

    private static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
