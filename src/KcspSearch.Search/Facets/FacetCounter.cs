using System.Buffers;
using System.Globalization;
using KcspSearch.Minutes.Parsing;
using KcspSearch.Search.Index;
using KcspSearch.Search.Ranking;

namespace KcspSearch.Search.Facets;

/// <summary>
/// Counts topic, speaker, year, month, kind and committee over every matching chunk from the doc values:
/// one pass over the match set with pooled array counters, no SQL; labels are built only for the values returned.
/// </summary>
internal static class FacetCounter
{
    private const int MaxValues = 50;

    public static SearchFacets Count(IndexSnapshot s, ReadOnlySpan<int> rowids, bool months, IReadOnlyDictionary<string, string> topicLabels)
    {
        var topics = Rent(s.Topics.Count);
        var speakers = Rent(s.People.Count);
        var meetings = Rent(s.Meetings.Count);
        var kinds = new int[ChunkKinds.Names.Length];
        try
        {
            foreach (var r in rowids)
            {
                foreach (var t in s.TopicsOf(r)) topics[t]++;
                foreach (var p in s.SpeakersOf(r)) speakers[p]++;
                kinds[s.Kind[r]]++;
                meetings[s.Meeting[r]]++;
            }

            var committees = new int[s.Committees.Count];
            var years = new SortedDictionary<int, int>();
            var monthCounts = new SortedDictionary<int, int>();
            for (var m = 0; m < s.Meetings.Count; m++)
            {
                if (meetings[m] == 0) continue;
                var date = s.Meetings[m].Date;
                committees[s.Meetings[m].Committee] += meetings[m];
                years[date.Year] = years.GetValueOrDefault(date.Year) + meetings[m];
                if (months) monthCounts[date.Year * 12 + date.Month - 1] = monthCounts.GetValueOrDefault(date.Year * 12 + date.Month - 1) + meetings[m];
            }

            return new SearchFacets
            {
                Topic = Values(topics.AsSpan(0, s.Topics.Count), i => s.Topics[i], i => topicLabels.GetValueOrDefault(s.Topics[i], s.Topics[i])),
                Speaker = Values(speakers.AsSpan(0, s.People.Count), i => s.People[i].Id, i => SpeakerLabel(s.People[i]), s.PersonRanks),
                Kind = Values(kinds, i => ChunkKinds.Names[i], i => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(ChunkKinds.Names[i])),
                Committee = Values(committees, i => s.Committees[i], i => $"{s.Committees[i]} ({MeetingIds.Slug(s.Committees[i]).ToUpperInvariant()})"),
                Year = years.Reverse().Select(y => new FacetValue(y.Key.ToString(CultureInfo.InvariantCulture),
                    y.Key.ToString(CultureInfo.InvariantCulture), y.Value)).ToList(),
                Month = months ? monthCounts.Reverse().Select(m => Month(m.Key, m.Value)).ToList() : null,
            };
        }
        finally
        {
            ArrayPool<int>.Shared.Return(topics);
            ArrayPool<int>.Shared.Return(speakers);
            ArrayPool<int>.Shared.Return(meetings);
        }
    }

    public static string SpeakerLabel(PersonInfo person) =>
        person.Role is { Length: > 0 } role ? $"{person.Name} ({role})" : person.Name;

    private static int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        array.AsSpan(0, length).Clear();
        return array;
    }

    private static FacetValue Month(int key, int count)
    {
        var first = new DateOnly(key / 12, key % 12 + 1, 1);
        return new FacetValue(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first.ToString("MMMM yyyy", CultureInfo.InvariantCulture), count);
    }

    /// <summary>The most frequent values (ties by value), at most <see cref="MaxValues"/>, chosen without sorting them all.</summary>
    private static List<FacetValue> Values(ReadOnlySpan<int> counts, Func<int, string> value, Func<int, string> label, int[]? ranks = null)
    {
        ranks ??= Ranks(counts.Length, value);
        var top = new TopK(MaxValues);
        for (var i = 0; i < counts.Length; i++)
            if (counts[i] > 0) top.Offer(new RankKey(counts[i], -ranks[i], i), i);
        var result = new List<FacetValue>();
        foreach (var i in top.Sorted()) result.Add(new FacetValue(value(i), label(i), counts[i]));
        return result;
    }

    /// <summary>Each index's place in the ordinal order of its values (the tie-break of equal counts).</summary>
    public static int[] Ranks(int count, Func<int, string> value)
    {
        var order = Enumerable.Range(0, count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(value(a), value(b)));
        var ranks = new int[count];
        for (var k = 0; k < order.Length; k++) ranks[order[k]] = k;
        return ranks;
    }
}
