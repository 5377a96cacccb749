using System.Collections.Concurrent;
using System.Globalization;

namespace KcspSearch.Search.Index;

/// <summary>
/// One index version in memory: column-oriented "doc values" of every chunk indexed by FTS rowid, the small
/// dimension tables (meetings, items, people, topics, committees), and the postings of every term with the
/// statistics BM25 needs. Filters, facets, grouping, matching of words and ranking never go back to SQL.
/// Built by <see cref="SnapshotLoader"/>; immutable once published (newer snapshots append beyond its bounds).
/// </summary>
internal sealed class IndexSnapshot
{
    private readonly ConcurrentDictionary<int, int> liveFrequencies = new();
    private readonly ConcurrentDictionary<int, int> publicFrequencies = new();
    private readonly Lazy<VocabularyTable> vocabulary;
    private readonly Lazy<(string[] Terms, int[] Ids)> sortedTerms;
    private readonly Lazy<int[]> personRanks;
    private readonly Lazy<int[][]> rowsByTopic;
    private readonly Lazy<int[][]> rowsBySpeaker;

    public IndexSnapshot()
    {
        vocabulary = new(BuildVocabulary);
        sortedTerms = new(SortTerms);
        personRanks = new(RankPeople);
        rowsByTopic = new(() => Invert(TopicStart!, TopicIds!));
        rowsBySpeaker = new(() => Invert(SpeakerStart!, SpeakerIds!));
    }

    public required long Version { get; init; }

    /// <summary>Highest rowid + 1; the length covered by every per-chunk array.</summary>
    public required int Capacity { get; init; }
    public required byte[] Flags { get; init; }
    public required int[] Meeting { get; init; }
    /// <summary>Index into <see cref="Items"/>, or -1 for meeting-level chunks (attendance).</summary>
    public required int[] Item { get; init; }
    public required byte[] Kind { get; init; }
    /// <summary>Index into <see cref="ParagraphNames"/>.</summary>
    public required int[] Paragraph { get; init; }
    /// <summary>Tokens in all FTS columns (FTS5's document size).</summary>
    public required int[] Length { get; init; }
    /// <summary>Tokens in the item-title column: the first positions of the chunk (see <see cref="PositionCodec"/>).</summary>
    public required int[] TitleLength { get; init; }
    /// <summary>CSR layout: the topics of rowid r are TopicIds[TopicStart[r]..TopicStart[r+1]).</summary>
    public required int[] TopicStart { get; init; }
    public required int[] TopicIds { get; init; }
    public required int[] SpeakerStart { get; init; }
    public required int[] SpeakerIds { get; init; }
    public required IReadOnlyList<string> ParagraphNames { get; init; }
    /// <summary>Chunk ids that are not <c>{meeting}/{ordinal}/{paragraph}</c>.</summary>
    public required IReadOnlyDictionary<int, string> IrregularIds { get; init; }

    public required IReadOnlyList<MeetingInfo> Meetings { get; init; }
    public required IReadOnlyList<ItemInfo> Items { get; init; }
    public required IReadOnlyList<PersonInfo> People { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required IReadOnlyList<string> Committees { get; init; }
    public required IReadOnlyDictionary<string, int> PersonIndex { get; init; }
    public required IReadOnlyDictionary<string, int> TopicIndex { get; init; }
    /// <summary>Meeting id → index into <see cref="Meetings"/>; may name meetings newer than this snapshot (check the bound).</summary>
    public required IReadOnlyDictionary<string, int> MeetingIndex { get; init; }
    /// <summary>Acronyms defined in the indexed minutes.</summary>
    public required IReadOnlyList<(string Short, string Expansion)> Acronyms { get; init; }

    /// <summary>Postings by term id, as of this snapshot.</summary>
    public required Postings[] TermPostings { get; init; }
    public required TermDictionary Dictionary { get; init; }
    /// <summary>Rows in the full-text index (FTS5's row count, restricted included).</summary>
    public required int Rows { get; init; }
    public required long Tokens { get; init; }
    /// <summary>Rows and tokens of public chunks only: the statistics callers without the key are scored by.</summary>
    public required int PublicRows { get; init; }
    public required long PublicTokens { get; init; }
    /// <summary>True when removed chunks are still in the postings (skipped through <see cref="Flags"/>).</summary>
    public required bool HasRemovedRows { get; init; }
    /// <summary>
    /// Surface word id → chunks holding it (public, and all); counts include removed chunks until the next full load,
    /// except those a chunk with the same words replaced (<see cref="SnapshotLoader"/>).
    /// </summary>
    public required int[] SurfacePublic { get; init; }
    public required int[] SurfaceAll { get; init; }
    public required int SurfaceCount { get; init; }

    public VocabularyTable Vocabulary => vocabulary.Value;

    /// <summary>Each person's place in the ordinal order of person ids (facet ties).</summary>
    public int[] PersonRanks => personRanks.Value;

    /// <summary>
    /// Topic id → its chunks' rowids, ascending (removed rows included): postings for a topic filter with no words,
    /// which would otherwise look at every row. Built on first use, once per index version.
    /// </summary>
    public int[][] RowsByTopic => rowsByTopic.Value;

    /// <summary>Person index → the rowids of the chunks they speak in, ascending, as <see cref="RowsByTopic"/>.</summary>
    public int[][] RowsBySpeaker => rowsBySpeaker.Value;

    public double AverageLength => Rows == 0 ? 0 : (double)Tokens / Rows;

    public double PublicAverageLength => PublicRows == 0 ? 0 : (double)PublicTokens / PublicRows;

    /// <summary>True when every present chunk is public, so public statistics are the statistics.</summary>
    public bool AllPublic => PublicRows == Rows;

    public const byte Present = 1;
    public const byte Restricted = 2;

    public bool IsPresent(int rowid) => (uint)rowid < (uint)Capacity && (Flags[rowid] & Present) != 0;

    public bool IsVisible(int rowid, bool includeRestricted) =>
        (uint)rowid < (uint)Capacity && (Flags[rowid] & Present) != 0 && (includeRestricted || (Flags[rowid] & Restricted) == 0);

    public DateOnly Date(int rowid) => Meetings[Meeting[rowid]].Date;

    public ReadOnlySpan<int> TopicsOf(int rowid) => TopicIds.AsSpan(TopicStart[rowid], TopicStart[rowid + 1] - TopicStart[rowid]);

    public ReadOnlySpan<int> SpeakersOf(int rowid) => SpeakerIds.AsSpan(SpeakerStart[rowid], SpeakerStart[rowid + 1] - SpeakerStart[rowid]);

    public string ParagraphOf(int rowid) => ParagraphNames[Paragraph[rowid]];

    public string ChunkId(int rowid)
    {
        if (IrregularIds.TryGetValue(rowid, out var id)) return id;
        var item = Item[rowid];
        var ordinal = item >= 0 ? Items[item].Ordinal : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{Meetings[Meeting[rowid]].Id}/{ordinal}/{ParagraphOf(rowid)}");
    }

    public IEnumerable<int> AllRowIds()
    {
        for (var r = 0; r < Capacity; r++)
            if ((Flags[r] & Present) != 0) yield return r;
    }

    /// <summary>The postings of a term id (-1 or a term newer than this snapshot: none).</summary>
    public Postings PostingsOf(int term) => (uint)term < (uint)TermPostings.Length ? TermPostings[term] : Postings.Empty;

    /// <summary>The term id a query word is indexed under, or -1.</summary>
    public int TermOf(string word)
    {
        var term = Dictionary.Find(word);
        return (uint)term < (uint)TermPostings.Length ? term : -1;
    }

    /// <summary>The term id of a token of indexed text (folded as <see cref="TextTokens"/> gives it), or -1.</summary>
    public int TermOfToken(ReadOnlySpan<char> token)
    {
        if (!Dictionary.SurfaceLookup.TryGetValue(token, out var surface) || surface >= Dictionary.SurfaceTerms.Count) return -1;
        var term = Dictionary.SurfaceTerms[surface];
        return (uint)term < (uint)TermPostings.Length ? term : -1;
    }

    public string TermText(int term) => Dictionary.Terms[term];

    /// <summary>Term ids whose FTS5 term starts with <paramref name="prefix"/> (a prefix query).</summary>
    public IEnumerable<int> TermsWithPrefix(string prefix)
    {
        var (terms, ids) = sortedTerms.Value;
        var i = Array.BinarySearch(terms, prefix, StringComparer.Ordinal);
        for (i = i < 0 ? ~i : i; i < terms.Length && terms[i].StartsWith(prefix, StringComparison.Ordinal); i++) yield return ids[i];
    }

    /// <summary>Chunks of this snapshot holding the term: its postings, less removed chunks.</summary>
    public int DocumentFrequency(int term)
    {
        var postings = PostingsOf(term);
        if (!HasRemovedRows) return postings.Count;
        return liveFrequencies.GetOrAdd(term, static (_, state) =>
        {
            var (p, s) = state;
            var live = 0;
            for (var i = 0; i < p.Count; i++)
                if (s.IsPresent(p.Docs[i])) live++;
            return live;
        }, (postings, this));
    }

    /// <summary>Public chunks of this snapshot holding the term.</summary>
    public int PublicDocumentFrequency(int term)
    {
        if (AllPublic) return DocumentFrequency(term);
        return publicFrequencies.GetOrAdd(term, static (t, s) => s.CountPublic(s.PostingsOf(t).DocSpan), this);
    }

    /// <summary>How many of the rows are present public chunks.</summary>
    public int CountPublic(ReadOnlySpan<int> rows)
    {
        var count = 0;
        foreach (var row in rows)
            if (IsVisible(row, includeRestricted: false)) count++;
        return count;
    }

    private VocabularyTable BuildVocabulary()
    {
        var ids = new List<int>();
        var dfPublic = new List<int>();
        var dfAll = new List<int>();
        for (var i = 0; i < SurfaceCount; i++)
        {
            if (SurfaceAll[i] == 0) continue;
            var (inPublic, inAny) = HasRemovedRows ? Occurrence(Dictionary.SurfaceTerms[i]) : (SurfacePublic[i] > 0, true);
            if (!inAny) continue;
            ids.Add(i);
            dfPublic.Add(inPublic ? SurfacePublic[i] : 0);
            dfAll.Add(SurfaceAll[i]);
        }
        var words = ids.Select(i => Dictionary.Surfaces[i]).ToArray();
        var order = Enumerable.Range(0, words.Length).ToArray();
        Array.Sort(words, order, StringComparer.Ordinal);
        return new VocabularyTable(words, order.Select(k => dfPublic[k]).ToArray(), order.Select(k => dfAll[k]).ToArray());
    }

    /// <summary>
    /// Whether a term is still in a public chunk and in any chunk. Surface counts are not lowered when chunks are
    /// removed (their words are no longer known); this keeps removed words out of suggestions until the next full load.
    /// </summary>
    private (bool Public, bool Any) Occurrence(int term)
    {
        var any = false;
        foreach (var row in PostingsOf(term).DocSpan)
        {
            if (!IsPresent(row)) continue;
            if ((Flags[row] & Restricted) == 0) return (true, true);
            any = true;
        }
        return (false, any);
    }

    /// <summary>Turns the per-row CSR lists (row → values) of this snapshot's rows into value → rows.</summary>
    private int[][] Invert(int[] start, int[] values)
    {
        var counts = new int[1];
        for (var r = 0; r < Capacity; r++)
            for (var i = start[r]; i < start[r + 1]; i++)
            {
                if (values[i] >= counts.Length) Array.Resize(ref counts, Math.Max(values[i] + 1, 2 * counts.Length));
                counts[values[i]]++;
            }
        var rows = new int[counts.Length][];
        for (var v = 0; v < rows.Length; v++) rows[v] = counts[v] == 0 ? [] : new int[counts[v]];
        Array.Clear(counts);
        for (var r = 0; r < Capacity; r++)
            for (var i = start[r]; i < start[r + 1]; i++)
                rows[values[i]][counts[values[i]]++] = r;
        return rows;
    }

    private int[] RankPeople() => Facets.FacetCounter.Ranks(People.Count, i => People[i].Id);

    private (string[], int[]) SortTerms()
    {
        var ids = Enumerable.Range(0, TermPostings.Length).ToArray();
        var terms = ids.Select(i => Dictionary.Terms[i]).ToArray();
        Array.Sort(terms, ids, StringComparer.Ordinal);
        return (terms, ids);
    }
}

/// <summary>A meeting as the hot path needs it.</summary>
internal sealed record MeetingInfo(string Id, int Committee, DateOnly Date);

/// <summary>An item as the hot path needs it; <see cref="Resolutions"/> are rowids of its resolution chunks.</summary>
internal sealed record ItemInfo(int Meeting, int Ordinal, string? MinuteNumber, string Title, bool Restricted)
{
    /// <summary>An exact-size array rather than a list: there are a third of a million items at a million chunks.</summary>
    public int[] Resolutions { get; private set; } = [];

    /// <summary>Only while the item's meeting is loaded, before any snapshot can see the item.</summary>
    public void AddResolution(int rowid) => Resolutions = [.. Resolutions, rowid];
}

/// <summary>One identity across meetings, with the name and role from its latest meeting.</summary>
internal sealed record PersonInfo(string Id, string Name, string? Role, string? Organisation, bool IsOffice);
