using System.Collections.Concurrent;
using System.Globalization;

namespace KcspSearch.Search.Index;

/// <summary>
/// Keeps the in-memory index (doc values and postings) in step with the database and hands out an
/// <see cref="IndexSnapshot"/> per version. The first load reads every chunk; later versions read only the meetings
/// the <c>changes</c> log names (removed chunks are flagged, new chunks appended, since rowids only grow), so an
/// ingest costs the size of the document, not of the index. Many changes at once, or many removed chunks left in
/// the postings, trigger a full reload that also compacts. Not thread-safe: the engine calls it under a lock.
/// </summary>
internal sealed class SnapshotLoader(FtsStemmer stemmer)
{
    private const int BatchRows = 4096;
    /// <summary>A full load collects its garbage every this many rows (see <see cref="Store.CollectGarbage"/>).</summary>
    private const int ReleaseEveryRows = 200_000;
    /// <summary>
    /// Trimming the postings after a full load collects its garbage every this many bytes of old arrays: at 1M, 6
    /// collections and 0.6 s; every 8 MB lowered the peak by ~10 MB for 24 collections and 1.9 s of start-up.
    /// </summary>
    private const long ReleaseEveryBytes = 32 << 20;
    private const int LargeLoad = 100_000;
    private Store? store;

    public IndexSnapshot Load(IndexReader reader, long version)
    {
        if (store is { } current && current.Version < version && !current.Update(reader, version)) store = null;
        if (store is null)
        {
            store = new Store(stemmer);
            store.LoadAll(reader, version);
            // A full load reads every chunk's text once and leaves hundreds of megabytes of garbage at a million
            // chunks: compact and hand that memory back now rather than keep it in the service's resident set.
            if (store.Rows >= LargeLoad) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return store.Snapshot();
    }

    /// <summary>The mutable in-memory index; replaced wholesale by a full reload.</summary>
    private sealed class Store(FtsStemmer stemmer)
    {
        private readonly TermDictionary dictionary = new(stemmer);
        private readonly Growable<PostingList> postings = new(1024);
        private readonly Growable<int> surfacePublic = new(1024);
        private readonly Growable<int> surfaceAll = new(1024);
        private readonly Growable<int> surfaceLastRow = new(1024);

        private byte[] flags = [];
        private int[] meetingOf = [];
        private int[] itemOf = [];
        private byte[] kinds = [];
        private int[] paragraphOf = [];
        private int[] lengths = [];
        // A hash of the words each chunk adds to the surface counts (text, lead-in, title): lets a replaced chunk
        // whose words are unchanged keep its old counts instead of counting them twice.
        private int[] surfaceHashes = [];
        private Dictionary<(int Hash, bool Restricted), int>? replaced;
        private int[] titleLengths = [];
        private int[] topicStart = [0];
        private int[] speakerStart = [0];
        private readonly Growable<int> topicIds = new(1024);
        private readonly Growable<int> speakerIds = new(1024);
        private int capacity;
        private bool flagsShared;

        private readonly Growable<MeetingInfo> meetings = new();
        private readonly Growable<int> meetingFirstRow = new();
        private readonly Growable<int> meetingLastRow = new();
        private readonly ConcurrentDictionary<string, int> meetingIndex = new(StringComparer.Ordinal);
        private readonly Growable<ItemInfo> items = new();
        private Growable<PersonInfo> people = new();
        private Growable<DateOnly> personDates = new();
        private readonly ConcurrentDictionary<string, int> personIndex = new(StringComparer.Ordinal);
        private List<string> topics = [];
        private Dictionary<string, int> topicIndex = new(StringComparer.OrdinalIgnoreCase);
        private List<string> committees = [];
        private Dictionary<string, int> committeeIndex = new(StringComparer.Ordinal);
        private HashSet<(string, string)> acronymSet = [];
        private Growable<(string Short, string Expansion)> acronyms = new();
        private readonly Growable<string> paragraphs = new();
        private readonly Dictionary<string, int> paragraphIndex = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<int, string> irregularIds = new();
        private readonly Dictionary<string, string> interned = new(StringComparer.Ordinal);

        private int rows;
        private long tokens;
        private int publicRows;
        private long publicTokens;

        public int Rows => rows;
        private int removed;

        public long Version { get; private set; }

        public void LoadAll(IndexReader reader, long version)
        {
            // The doc values at their final size from the start: growing them step by step leaves large garbage.
            using (var r = reader.Query("SELECT max(rowid) FROM chunks"))
                if (r.Read() && !r.IsDBNull(0)) Grow((int)r.GetInt64(0) + 1);
            LoadMeetings(reader, null);
            Trim();
            Version = version;
        }

        /// <summary>Applies the changes since <see cref="Version"/>; false when a full reload is the better course.</summary>
        public bool Update(IndexReader reader, long version)
        {
            var changed = new List<string>();
            using (var r = reader.Query("SELECT DISTINCT meeting_id FROM changes WHERE version > $v", ("$v", Version)))
                while (r.Read()) changed.Add(r.GetString(0));
            if (changed.Count > Math.Max(256, meetingIndex.Count / 4)) return false;

            var removedMeetings = false;
            replaced = [];
            foreach (var id in changed)
                if (meetingIndex.TryRemove(id, out var m))
                {
                    RemoveRows(m);
                    removedMeetings = true;
                }
            if (removed > Math.Max(10_000, rows / 4)) return false;
            LoadMeetings(reader, Json.Write(changed));
            replaced = null;
            // A removed meeting may have given someone their latest name or role, or defined an acronym: merge again
            // from the meetings that remain.
            if (removedMeetings) ReloadPeopleAndAcronyms(reader);
            Version = version;
            return true;
        }

        public IndexSnapshot Snapshot()
        {
            flagsShared = true;
            var views = new Postings[postings.Count];
            for (var i = 0; i < views.Length; i++) views[i] = postings[i].View;
            return new IndexSnapshot
            {
                Version = Version,
                Capacity = capacity,
                Flags = flags,
                Meeting = meetingOf,
                Item = itemOf,
                Kind = kinds,
                Paragraph = paragraphOf,
                Length = lengths,
                TitleLength = titleLengths,
                TopicStart = topicStart,
                TopicIds = topicIds.Items,
                SpeakerStart = speakerStart,
                SpeakerIds = speakerIds.Items,
                ParagraphNames = paragraphs.View,
                IrregularIds = irregularIds,
                Meetings = meetings.View,
                Items = items.View,
                People = people.View,
                Topics = topics,
                Committees = committees,
                PersonIndex = personIndex,
                TopicIndex = topicIndex,
                MeetingIndex = meetingIndex,
                Acronyms = acronyms.View,
                TermPostings = views,
                Dictionary = dictionary,
                Rows = rows,
                Tokens = tokens,
                PublicRows = publicRows,
                PublicTokens = publicTokens,
                HasRemovedRows = removed > 0,
                SurfacePublic = surfacePublic.Items,
                SurfaceAll = surfaceAll.Items,
                SurfaceCount = surfaceAll.Count,
            };
        }

        private void RemoveRows(int meeting)
        {
            if (flagsShared)
            {
                // Older snapshots keep their flags: copy before clearing any.
                flags = (byte[])flags.Clone();
                flagsShared = false;
            }
            for (var r = meetingFirstRow[meeting]; r <= meetingLastRow[meeting] && r < capacity; r++)
            {
                if (meetingOf[r] != meeting || (flags[r] & IndexSnapshot.Present) == 0) continue;
                var key = (surfaceHashes[r], (flags[r] & IndexSnapshot.Restricted) != 0);
                replaced![key] = replaced.GetValueOrDefault(key) + 1;
                if ((flags[r] & IndexSnapshot.Restricted) == 0)
                {
                    publicRows--;
                    publicTokens -= lengths[r];
                }
                flags[r] = 0;
                rows--;
                tokens -= lengths[r];
                removed++;
            }
        }

        /// <summary>Loads the meetings named in <paramref name="idsJson"/> (a JSON array), or every meeting when null.</summary>
        private void LoadMeetings(IndexReader reader, string? idsJson)
        {
            // Tables other than meetings refer to a meeting by its integer key.
            var where = idsJson is null ? "" : " WHERE meeting IN (SELECT key FROM meetings WHERE id IN (SELECT value FROM json_each($ids)))";
            var parameters = idsJson is null ? [] : new[] { ("$ids", (object?)idsJson) };

            var byKey = new Dictionary<long, int>();
            var lastRelease = 0;
            using (var r = reader.Query("SELECT key, id, committee, date FROM meetings"
                       + (idsJson is null ? "" : " WHERE id IN (SELECT value FROM json_each($ids))"), parameters))
                while (r.Read())
                {
                    byKey[r.GetInt64(0)] = meetings.Count;
                    meetingIndex[r.GetString(1)] = meetings.Count;
                    meetings.Add(new MeetingInfo(r.GetString(1), Committee(r.GetString(2)),
                        DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
                    meetingFirstRow.Add(int.MaxValue);
                    meetingLastRow.Add(-1);
                }

            var itemIndex = new Dictionary<(int, int), int>();
            using (var r = reader.Query("SELECT meeting, ordinal, minute_number, title, restricted FROM items" + where, parameters))
                while (r.Read())
                {
                    if (!byKey.TryGetValue(r.GetInt64(0), out var meeting)) continue;
                    itemIndex[(meeting, r.GetInt32(1))] = items.Count;
                    items.Add(new ItemInfo(meeting, r.GetInt32(1), r.IsDBNull(2) ? null : Intern(r.GetString(2)), Intern(r.GetString(3)), r.GetInt64(4) != 0));
                }

            LoadPeople(reader, where, parameters);
            LoadAcronyms(reader, where, parameters);

            // The title column of the content view is the item's title, already loaded above.
            using (var r = reader.Query($"""
                SELECT rowid, id, meeting, item_ordinal, paragraph, kind, restricted, speaker_ids, topic_ids,
                       text, {IndexSchema.LeadInSql}, speakers
                FROM chunks c
                """ + where + " ORDER BY rowid", parameters))
            {
                var batch = new Batch();
                while (r.Read())
                {
                    var rowid = (int)r.GetInt64(0);
                    if (!byKey.TryGetValue(r.GetInt64(2), out var meeting)) continue;
                    var ordinal = r.IsDBNull(3) ? (int?)null : r.GetInt32(3);
                    var item = ordinal is { } o ? itemIndex.GetValueOrDefault((meeting, o), -1) : -1;
                    AddRow(rowid, meeting, item, r.IsDBNull(1) ? null : r.GetString(1), r.GetString(4), r.GetInt32(5), r.GetInt64(6) != 0,
                        r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8));
                    batch.Add(this, rowid, r.GetString(9), r.IsDBNull(10) ? null : r.GetString(10),
                        item >= 0 ? items[item].Title : null, r.IsDBNull(11) ? null : r.GetString(11));
                    if (batch.Rows >= BatchRows)
                    {
                        batch.Flush(this);
                        if (idsJson is null && rowid / ReleaseEveryRows != lastRelease)
                        {
                            lastRelease = rowid / ReleaseEveryRows;
                            CollectGarbage();
                        }
                    }
                }
                batch.Flush(this);
            }
        }

        /// <summary>
        /// During a full load, hands back what growing the postings left behind (each list outgrows its arrays many
        /// times over): left to the GC's own pace, the first load of a million chunks peaked ~150 MB above the memory
        /// the index then needs (benchmarks/RESULTS.md). A few blocking collections cost the load no measurable time.
        /// </summary>
        private static void CollectGarbage()
        {
            // The outgrown arrays of the larger lists are on the large object heap, which is compacted only when asked.
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        private void LoadPeople(IndexReader reader, string where, (string, object?)[] parameters)
        {
            using var r = reader.Query("""
                SELECT m.id, p.person_id, p.name, p.role, p.organisation, p.is_office FROM people p JOIN meetings m ON m.key = p.meeting
                """ + where, parameters);
            while (r.Read())
                if (meetingIndex.TryGetValue(r.GetString(0), out var meeting))
                    MergePerson(meetings[meeting].Date, new PersonInfo(Intern(r.GetString(1)), Intern(r.GetString(2)),
                        r.IsDBNull(3) ? null : Intern(r.GetString(3)), r.IsDBNull(4) ? null : Intern(r.GetString(4)), r.GetInt64(5) != 0));
        }

        private void LoadAcronyms(IndexReader reader, string where, (string, object?)[] parameters)
        {
            using var r = reader.Query("SELECT DISTINCT short, expansion FROM acronyms" + where, parameters);
            while (r.Read())
                if (acronymSet.Add((r.GetString(0), r.GetString(1)))) acronyms.Add((r.GetString(0), r.GetString(1)));
        }

        /// <summary>Merges people and gathers acronyms again from every meeting; person indexes stay as they are (chunks refer to them).</summary>
        private void ReloadPeopleAndAcronyms(IndexReader reader)
        {
            var known = people;
            people = new Growable<PersonInfo>(known.Count + 16);
            personDates = new Growable<DateOnly>(known.Count + 16);
            // Placeholders (null until a meeting names the person again) keep every index in place.
            for (var i = 0; i < known.Count; i++)
            {
                people.Add(null!);
                personDates.Add(DateOnly.MinValue);
            }
            LoadPeople(reader, "", []);
            // Someone no meeting names any more keeps their last known details, with no chunks.
            for (var i = 0; i < known.Count; i++) people[i] ??= known[i];
            acronymSet = [];
            acronyms = new();
            LoadAcronyms(reader, "", []);
        }

        /// <summary>A chunk's doc values; <paramref name="irregularId"/> is its stored id when that is not {meeting}/{item}/{paragraph}.</summary>
        private void AddRow(int rowid, int meeting, int item, string? irregularId, string paragraph, int kind, bool restricted, string? speakersJson, string? topicsJson)
        {
            Grow(rowid + 1);
            for (var gap = capacity; gap < rowid; gap++)
            {
                topicStart[gap + 1] = topicIds.Count;
                speakerStart[gap + 1] = speakerIds.Count;
            }
            meetingOf[rowid] = meeting;
            itemOf[rowid] = item;
            kinds[rowid] = (byte)Math.Max(0, kind);
            flags[rowid] = (byte)(IndexSnapshot.Present | (restricted ? IndexSnapshot.Restricted : 0));
            paragraphOf[rowid] = ParagraphId(paragraph);
            meetingFirstRow[meeting] = Math.Min(meetingFirstRow[meeting], rowid);
            meetingLastRow[meeting] = Math.Max(meetingLastRow[meeting], rowid);
            foreach (var s in Json.ReadList(speakersJson).Distinct(StringComparer.Ordinal))
                if (personIndex.TryGetValue(s, out var p)) speakerIds.Add(p);
            foreach (var t in Json.ReadList(topicsJson).Distinct(StringComparer.OrdinalIgnoreCase)) topicIds.Add(Topic(t));
            topicStart[rowid + 1] = topicIds.Count;
            speakerStart[rowid + 1] = speakerIds.Count;
            capacity = rowid + 1;

            if (irregularId is not null) irregularIds[rowid] = irregularId;
            if (kinds[rowid] == 1 && item >= 0) items[item].AddResolution(rowid);
            rows++;
            if (!restricted) publicRows++;
        }

        private void Grow(int needed)
        {
            if (needed <= flags.Length) return;
            // Steps of an eighth: a million-chunk index grows by a little at a time after its full load, not by half.
            var size = Math.Max(needed, flags.Length + Math.Max(1024, flags.Length >> 3));
            ResizeDocValues(size);
        }

        /// <summary>After a full load: the postings and doc values at their exact size, the old arrays collected as they go.</summary>
        private void Trim()
        {
            long released = 0;
            for (var i = 0; i < postings.Count; i++)
            {
                released += postings[i].Trim();
                if (released > ReleaseEveryBytes)
                {
                    CollectGarbage();
                    released = 0;
                }
            }
            topicIds.Trim();
            speakerIds.Trim();
            if (flags.Length != capacity) ResizeDocValues(capacity);
        }

        /// <summary>Every per-row array to <paramref name="size"/> rows (new arrays: no snapshot shares them).</summary>
        private void ResizeDocValues(int size)
        {
            Array.Resize(ref flags, size);
            flagsShared = false;
            Array.Resize(ref meetingOf, size);
            Array.Resize(ref itemOf, size);
            Array.Resize(ref kinds, size);
            Array.Resize(ref paragraphOf, size);
            Array.Resize(ref lengths, size);
            Array.Resize(ref surfaceHashes, size);
            Array.Resize(ref titleLengths, size);
            Array.Resize(ref topicStart, size + 1);
            Array.Resize(ref speakerStart, size + 1);
        }

        private void MergePerson(DateOnly date, PersonInfo person)
        {
            // The latest meeting's name and role win; the fullest name ever seen is kept when the latest is shorter.
            if (!personIndex.TryGetValue(person.Id, out var index))
            {
                personIndex[person.Id] = people.Count;
                people.Add(person);
                personDates.Add(date);
                return;
            }
            var seen = people[index];
            if (seen is null)
            {
                people[index] = person;
                personDates[index] = date;
                return;
            }
            var name = person.Name.Length >= seen.Name.Length ? person.Name : seen.Name;
            if (date >= personDates[index])
            {
                people[index] = person with { Name = name, Role = person.Role ?? seen.Role, Organisation = person.Organisation ?? seen.Organisation };
                personDates[index] = date;
            }
            else people[index] = seen with { Name = name, Role = seen.Role ?? person.Role, Organisation = seen.Organisation ?? person.Organisation };
        }

        private int Committee(string name)
        {
            if (committeeIndex.TryGetValue(name, out var index)) return index;
            // Copied, not changed in place: older snapshots hold the old list.
            committees = [.. committees, name];
            committeeIndex = new Dictionary<string, int>(committeeIndex, StringComparer.Ordinal) { [name] = committees.Count - 1 };
            return committees.Count - 1;
        }

        private int Topic(string id)
        {
            if (topicIndex.TryGetValue(id, out var index)) return index;
            topics = [.. topics, id];
            topicIndex = new Dictionary<string, int>(topicIndex, StringComparer.OrdinalIgnoreCase) { [id] = topics.Count - 1 };
            return topics.Count - 1;
        }

        private int ParagraphId(string paragraph)
        {
            if (paragraphIndex.TryGetValue(paragraph, out var index)) return index;
            paragraphIndex[paragraph] = paragraphs.Count;
            paragraphs.Add(paragraph);
            return paragraphs.Count - 1;
        }

        private string Intern(string value)
        {
            if (interned.TryGetValue(value, out var known)) return known;
            interned[value] = value;
            return value;
        }

        /// <summary>
        /// Whether a new chunk's words go into the surface counts. Counts are not lowered when chunks are removed (their
        /// words are no longer known), so a chunk that replaces a removed one with the same words and access keeps the
        /// removed one's counts: re-indexing a document changes the counts only for the chunks that changed, and a
        /// change to an exempt part never moves the public counts.
        /// </summary>
        private bool CountsSurfaces(int rowid, string text, string? leadIn, string? title)
        {
            var key = (HashCode.Combine(text, leadIn, title), (flags[rowid] & IndexSnapshot.Restricted) != 0);
            surfaceHashes[rowid] = key.Item1;
            if (replaced is null || !replaced.TryGetValue(key, out var waiting) || waiting == 0) return true;
            replaced[key] = waiting - 1;
            return false;
        }

        /// <summary>
        /// Tokens of a run of chunks awaiting their terms: new surface forms are stemmed together (one SQLite call per
        /// batch), then each chunk's weighted frequencies and positions go into the postings in rowid order.
        /// </summary>
        private sealed class Batch
        {
            private readonly List<int> rowIds = [];
            private readonly List<int> tokenEnd = [];
            // Each token: surface id * 4 + column.
            private readonly List<int> tokenList = [];
            private readonly List<int> newSurfaces = [];
            private readonly List<bool> restricted = [];
            private readonly List<bool> countsSurfaces = [];
            // One row's tokens: term << 32 | position << 2 | column, sorted to group each term's positions.
            private readonly List<long> keys = [];
            private int[] positions = new int[64];
            private readonly char[] buffer = new char[128];

            public int Rows => rowIds.Count;

            public void Add(Store store, int rowid, string text, string? leadIn, string? title, string? speakers)
            {
                rowIds.Add(rowid);
                restricted.Add((store.flags[rowid] & IndexSnapshot.Restricted) != 0);
                countsSurfaces.Add(store.CountsSurfaces(rowid, text, leadIn, title));
                // In the order of the position space (PositionCodec.ColumnOrder).
                Tokenize(store, title, IndexSchema.TitleColumn);
                Tokenize(store, text, IndexSchema.TextColumn);
                Tokenize(store, leadIn, 1);
                Tokenize(store, speakers, 3);
                tokenEnd.Add(tokenList.Count);
            }

            private void Tokenize(Store store, string? text, int column)
            {
                if (text is null) return;
                var tokens = new TextTokens(text, buffer);
                while (tokens.Next(out var token))
                {
                    if (token.Length == 0) continue;
                    var surface = store.dictionary.AddSurface(token, out var added);
                    if (added)
                    {
                        newSurfaces.Add(surface);
                        store.surfacePublic.Add(0);
                        store.surfaceAll.Add(0);
                        store.surfaceLastRow.Add(-1);
                    }
                    tokenList.Add(surface * 4 + column);
                }
            }

            public void Flush(Store store)
            {
                if (newSurfaces.Count > 0) store.dictionary.Resolve(newSurfaces);
                while (store.postings.Count < store.dictionary.Terms.Count) store.postings.Add(new PostingList());

                var start = 0;
                for (var i = 0; i < rowIds.Count; i++)
                {
                    var rowid = rowIds[i];
                    var length = 0;
                    var titleLength = 0;
                    var previousColumn = -1;
                    var next = 0;
                    keys.Clear();
                    for (var t = start; t < tokenEnd[i]; t++)
                    {
                        var surface = tokenList[t] >> 2;
                        var column = tokenList[t] & 3;
                        var term = store.dictionary.SurfaceTerms[surface];
                        if (term < 0) continue;
                        // Positions count FTS5's tokens only; a new column starts after the gap.
                        if (previousColumn >= 0 && column != previousColumn) next += PositionCodec.ColumnGap;
                        var position = next++;
                        length++;
                        if (column == IndexSchema.TitleColumn) titleLength++;
                        keys.Add(((long)term << 32) | (uint)((position << 2) | column));
                        previousColumn = column;
                        // Surface words of text, lead-in and title (not speaker names) feed "did you mean" and suggest.
                        if (column < 3 && countsSurfaces[i] && store.surfaceLastRow[surface] != rowid)
                        {
                            store.surfaceLastRow[surface] = rowid;
                            store.surfaceAll[surface]++;
                            if (!restricted[i]) store.surfacePublic[surface]++;
                        }
                    }
                    AddPostings(store, rowid);
                    store.lengths[rowid] = length;
                    store.titleLengths[rowid] = titleLength;
                    store.tokens += length;
                    if (!restricted[i]) store.publicTokens += length;
                    start = tokenEnd[i];
                }
                rowIds.Clear();
                tokenEnd.Clear();
                tokenList.Clear();
                newSurfaces.Clear();
                restricted.Clear();
                countsSurfaces.Clear();
            }

            /// <summary>Adds the row's postings: for each term its weighted frequency and its positions.</summary>
            private void AddPostings(Store store, int rowid)
            {
                var sorted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
                sorted.Sort();
                for (var k = 0; k < sorted.Length;)
                {
                    var term = (int)(sorted[k] >> 32);
                    var units = 0;
                    var count = 0;
                    for (; k < sorted.Length && (int)(sorted[k] >> 32) == term; k++)
                    {
                        var low = (int)(sorted[k] & uint.MaxValue);
                        units += IndexSchema.Units[low & 3];
                        if (count == positions.Length) Array.Resize(ref positions, positions.Length * 2);
                        positions[count++] = low >> 2;
                    }
                    store.postings[term].Add(rowid, units, positions.AsSpan(0, count));
                }
            }
        }
    }
}
