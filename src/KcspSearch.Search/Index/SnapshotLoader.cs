using System.Globalization;

namespace KcspSearch.Search.Index;

/// <summary>Reads the doc values of every chunk into an <see cref="IndexSnapshot"/> (a few plain scans, no joins per query).</summary>
internal static class SnapshotLoader
{
    public static IndexSnapshot Load(IndexReader reader, long version)
    {
        var committees = new List<string>();
        var committeeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var meetings = new List<MeetingInfo>();
        var meetingIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var r = reader.Query("SELECT id, committee, date FROM meetings ORDER BY date, id"))
            while (r.Read())
            {
                var committee = r.GetString(1);
                if (!committeeIndex.TryGetValue(committee, out var ci))
                {
                    ci = committees.Count;
                    committees.Add(committee);
                    committeeIndex[committee] = ci;
                }
                meetingIndex[r.GetString(0)] = meetings.Count;
                meetings.Add(new MeetingInfo(r.GetString(0), ci, DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

        var items = new List<ItemInfo>();
        var itemIndex = new Dictionary<(int, int), int>();
        using (var r = reader.Query("SELECT meeting_id, ordinal, minute_number, title, restricted FROM items"))
            while (r.Read())
            {
                var meeting = meetingIndex[r.GetString(0)];
                itemIndex[(meeting, r.GetInt32(1))] = items.Count;
                items.Add(new ItemInfo(meeting, r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetInt64(4) != 0));
            }

        var (people, personIndex) = LoadPeople(reader, meetingIndex, meetings);

        var capacity = Convert.ToInt32(reader.Scalar("SELECT coalesce(max(rowid), 0) + 1 FROM chunks"), CultureInfo.InvariantCulture);
        var flags = new byte[capacity];
        var meetingOf = new int[capacity];
        var itemOf = new int[capacity];
        var kind = new byte[capacity];
        var chunkIds = new string[capacity];
        var paragraphs = new string[capacity];
        var topicStart = new int[capacity + 1];
        var speakerStart = new int[capacity + 1];
        var topicIds = new List<int>();
        var speakerIds = new List<int>();
        var topics = new List<string>();
        var topicIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        using (var r = reader.Query("SELECT rowid, id, meeting_id, item_ordinal, paragraph, kind, restricted, speaker_ids, topic_ids FROM chunks ORDER BY rowid"))
        {
            var next = 0;
            while (r.Read())
            {
                var rowid = (int)r.GetInt64(0);
                for (; next <= rowid; next++)
                {
                    topicStart[next] = topicIds.Count;
                    speakerStart[next] = speakerIds.Count;
                }
                var meeting = meetingIndex[r.GetString(2)];
                meetingOf[rowid] = meeting;
                itemOf[rowid] = r.IsDBNull(3) ? -1 : itemIndex.GetValueOrDefault((meeting, r.GetInt32(3)), -1);
                kind[rowid] = (byte)Math.Max(0, ChunkKinds.Parse(r.GetString(5)));
                flags[rowid] = (byte)(IndexSnapshot.Present | (r.GetInt64(6) != 0 ? IndexSnapshot.Restricted : 0));
                chunkIds[rowid] = r.GetString(1);
                paragraphs[rowid] = r.GetString(4);
                foreach (var s in Json.ReadList(r.GetString(7)).Distinct())
                    if (personIndex.TryGetValue(s, out var p)) speakerIds.Add(p);
                foreach (var t in Json.ReadList(r.GetString(8)).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (!topicIndex.TryGetValue(t, out var ti))
                    {
                        ti = topics.Count;
                        topics.Add(t);
                        topicIndex[t] = ti;
                    }
                    topicIds.Add(ti);
                }
                if (kind[rowid] == 1 && itemOf[rowid] >= 0) items[itemOf[rowid]].Resolutions.Add(rowid);
            }
            for (; next <= capacity; next++)
            {
                topicStart[next] = topicIds.Count;
                speakerStart[next] = speakerIds.Count;
            }
        }

        var acronyms = new List<(string, string)>();
        using (var r = reader.Query("SELECT DISTINCT short, expansion FROM acronyms"))
            while (r.Read()) acronyms.Add((r.GetString(0), r.GetString(1)));

        return new IndexSnapshot
        {
            Version = version,
            Capacity = capacity,
            Flags = flags,
            Meeting = meetingOf,
            Item = itemOf,
            Kind = kind,
            ChunkIds = chunkIds,
            Paragraphs = paragraphs,
            TopicStart = topicStart,
            TopicIds = [.. topicIds],
            SpeakerStart = speakerStart,
            SpeakerIds = [.. speakerIds],
            Meetings = meetings,
            Items = items,
            People = people,
            Topics = topics,
            Committees = committees,
            PersonIndex = personIndex,
            TopicIndex = topicIndex,
            MeetingIndex = meetingIndex,
            Acronyms = acronyms,
            Vocabulary = LoadVocabulary(reader),
        };
    }

    private static (List<PersonInfo>, Dictionary<string, int>) LoadPeople(
        IndexReader reader, Dictionary<string, int> meetingIndex, List<MeetingInfo> meetings)
    {
        // The latest meeting's name and role win; the fullest name ever seen is kept when the latest is shorter.
        var latest = new Dictionary<string, (DateOnly Date, PersonInfo Person)>(StringComparer.Ordinal);
        using (var r = reader.Query("SELECT meeting_id, person_id, name, role, organisation, is_office FROM people"))
            while (r.Read())
            {
                var date = meetings[meetingIndex[r.GetString(0)]].Date;
                var person = new PersonInfo(r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4), r.GetInt64(5) != 0);
                if (latest.TryGetValue(person.Id, out var seen))
                {
                    var name = person.Name.Length >= seen.Person.Name.Length ? person.Name : seen.Person.Name;
                    person = date >= seen.Date
                        ? person with { Name = name, Role = person.Role ?? seen.Person.Role, Organisation = person.Organisation ?? seen.Person.Organisation }
                        : seen.Person with { Name = name, Role = seen.Person.Role ?? person.Role, Organisation = seen.Person.Organisation ?? person.Organisation };
                    date = date >= seen.Date ? date : seen.Date;
                }
                latest[person.Id] = (date, person);
            }
        var people = latest.Values.Select(v => v.Person).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < people.Count; i++) index[people[i].Id] = i;
        return (people, index);
    }

    private static VocabularyTable LoadVocabulary(IndexReader reader)
    {
        var rows = new List<(string Word, int Public, int All)>();
        using (var r = reader.Query("SELECT word, df_public, df_all FROM vocabulary WHERE df_all > 0"))
            while (r.Read()) rows.Add((r.GetString(0), r.GetInt32(1), r.GetInt32(2)));
        // Sorted here, not by SQLite: the binary search uses .NET ordinal order (UTF-16), not UTF-8 byte order.
        rows.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        return new VocabularyTable([.. rows.Select(r => r.Word)], [.. rows.Select(r => r.Public)], [.. rows.Select(r => r.All)]);
    }
}
