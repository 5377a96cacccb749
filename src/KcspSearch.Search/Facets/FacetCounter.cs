using System.Globalization;
using KcspSearch.Minutes.Parsing;
using KcspSearch.Search.Index;

namespace KcspSearch.Search.Facets;

/// <summary>
/// Counts topic, speaker, year, month, kind and committee over every matching chunk from the doc values:
/// one pass over the match set with array counters, no SQL.
/// </summary>
internal static class FacetCounter
{
    private const int MaxValues = 50;

    public static SearchFacets Count(IndexSnapshot s, ReadOnlySpan<int> rowids, bool months, IReadOnlyDictionary<string, string> topicLabels)
    {
        var topics = new int[s.Topics.Count];
        var speakers = new int[s.People.Count];
        var kinds = new int[ChunkKinds.Names.Length];
        var committees = new int[s.Committees.Count];
        var meetings = new int[s.Meetings.Count];
        foreach (var r in rowids)
        {
            foreach (var t in s.TopicsOf(r)) topics[t]++;
            foreach (var p in s.SpeakersOf(r)) speakers[p]++;
            kinds[s.Kind[r]]++;
            meetings[s.Meeting[r]]++;
        }

        var years = new SortedDictionary<int, int>();
        var monthCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < meetings.Length; m++)
        {
            if (meetings[m] == 0) continue;
            var meeting = s.Meetings[m];
            committees[meeting.Committee] += meetings[m];
            years[meeting.Date.Year] = years.GetValueOrDefault(meeting.Date.Year) + meetings[m];
            var month = meeting.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            monthCounts[month] = monthCounts.GetValueOrDefault(month) + meetings[m];
        }

        return new SearchFacets
        {
            Topic = Values(topics, i => s.Topics[i], i => topicLabels.GetValueOrDefault(s.Topics[i], s.Topics[i])),
            Speaker = Values(speakers, i => s.People[i].Id, i => SpeakerLabel(s.People[i])),
            Kind = Values(kinds, i => ChunkKinds.Names[i], i => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(ChunkKinds.Names[i])),
            Committee = Values(committees, i => s.Committees[i], i => $"{s.Committees[i]} ({MeetingIds.Slug(s.Committees[i]).ToUpperInvariant()})"),
            Year = years.Reverse().Select(y => new FacetValue(y.Key.ToString(CultureInfo.InvariantCulture),
                y.Key.ToString(CultureInfo.InvariantCulture), y.Value)).ToList(),
            Month = months
                ? monthCounts.Reverse().Select(m => new FacetValue(m.Key,
                    DateOnly.ParseExact(m.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                    m.Value)).ToList()
                : null,
        };
    }

    public static string SpeakerLabel(PersonInfo person) =>
        person.Role is { Length: > 0 } role ? $"{person.Name} ({role})" : person.Name;

    private static List<FacetValue> Values(int[] counts, Func<int, string> value, Func<int, string> label)
    {
        var result = new List<FacetValue>();
        for (var i = 0; i < counts.Length; i++)
            if (counts[i] > 0) result.Add(new FacetValue(value(i), label(i), counts[i]));
        result.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return result.Count > MaxValues ? result[..MaxValues] : result;
    }
}
