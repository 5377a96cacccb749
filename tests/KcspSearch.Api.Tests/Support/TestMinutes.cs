using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;
using KcspSearch.Search;

namespace KcspSearch.Api.Tests.Support;

/// <summary>
/// Three meetings written in code in the shape the pipeline produces for the real minutes, one of them with an
/// exempt (restricted) item about "Operation Nightjar" that only API-key holders may see.
/// </summary>
public static class TestMinutes
{
    public const string Committee = "Kent Community Safety Partnership";
    public const string March2022 = "kcsp-2022-03-24";
    public const string November2021 = "kcsp-2021-11-18";
    public const string October2019 = "kcsp-2019-10-08";
    public const string DhrItem = "kcsp-2022-03-24/2";
    public const string RestrictedItem = "kcsp-2022-03-24/4";
    /// <summary>A word that occurs only in the restricted item.</summary>
    public const string RestrictedWord = "nightjar";

    public static IReadOnlyList<Meeting> All { get; } = [March(), November(), October()];

    /// <summary>Creates an index in <paramref name="directory"/> holding <see cref="All"/>.</summary>
    public static void BuildIndex(string directory)
    {
        using var index = SearchIndex.Open(directory);
        foreach (var meeting in All) Add(index, meeting);
    }

    public static void Add(SearchIndex index, Meeting meeting) =>
        index.IndexMeeting(meeting, new SourceInfo(meeting.Id + ".txt", "hash-" + meeting.Id + "-" + meeting.Items.Count, meeting.Id + ".txt"));

    private static Meeting March() => Meeting(new DateOnly(2022, 3, 24),
        Item(1, "Introduction and Apologies", [], procedural: true,
            P("P", "Apologies were received from Mr Harper and Ms Allen.")),
        Item(2, "Domestic Homicide Review Update", ["DHR"], procedural: false,
            P("1", "Mr Peerbux introduced the report on domestic homicide reviews published since the last meeting.", "peerbux"),
            P("2", "Funding for the DHR programme in 2022/23 had been agreed by the partners & would be reviewed in the autumn.", "peerbux"),
            R("R", "RESOLVED that the domestic homicide review update be noted.")),
        Item(3, "PREVENT Update", ["PREVENT"], procedural: false,
            P("1", "The Chairman asked about radicalisation referrals to the Channel Panel; referrals had risen in Kent.", "hill"),
            R("R", "RESOLVED that the PREVENT update be noted.")),
        Item(4, "Exempt item: Operation Nightjar staffing", ["DHR"], procedural: false, restricted: true,
            P("1", "The Partnership discussed the confidential Nightjar staffing proposals and the DHR funding shortfall.", "peerbux"),
            R("R", "RESOLVED that the Nightjar staffing proposals be approved.")));

    private static Meeting November() => Meeting(new DateOnly(2021, 11, 18),
        Item(1, "Violence Reduction Unit", ["VRU"], procedural: false,
            P("1", "The Violence Reduction Unit reported on knife crime prevention work with schools.", "hill"),
            R("R", "RESOLVED that the Violence Reduction Unit report be noted.")),
        Item(2, "Domestic Homicide Review Funding", ["DHR"], procedural: false,
            P("1", "Mr Peerbux said that funding for domestic homicide reviews was under pressure.", "peerbux"),
            P("2", "Members asked for a briefing on DHR costs.", "hill")));

    private static Meeting October() => Meeting(new DateOnly(2019, 10, 8),
        Item(1, "Domestic Abuse Services", ["domestic-abuse"], procedural: false,
            P("1", "The commissioning of domestic abuse services across Kent was described.", "peerbux"),
            R("R", "RESOLVED that the domestic abuse services commissioning plan be endorsed.")));

    private static Meeting Meeting(DateOnly date, params Func<string, Item>[] items)
    {
        var id = MeetingIds.For(Committee, date);
        return new Meeting
        {
            Id = id,
            Committee = Committee,
            Date = date,
            StartTime = "10:00",
            Venue = "online",
            Status = MeetingStatus.Approved,
            Attendees =
            [
                new Attendee("Mr M Hill", "hill", "Chairman", AttendanceKinds.Present),
                new Attendee("Mr S Peerbux", "peerbux", null, AttendanceKinds.InAttendance),
            ],
            People =
            [
                new Person("hill", "Mr M Hill", "Chairman"),
                new Person("peerbux", "Shafick Peerbux", "Head of Community Safety", "KCC"),
            ],
            Items = items.Select(build => build(id)).ToList(),
            Format = SourceFormat.ModernGovText,
        };
    }

    private static Func<string, Item> Item(int ordinal, string title, string[] topics, bool procedural, params Func<string, int, string[], (Paragraph?, Chunk)>[] parts) =>
        Item(ordinal, title, topics, procedural, false, parts);

    private static Func<string, Item> Item(int ordinal, string title, string[] topics, bool procedural, bool restricted,
        params Func<string, int, string[], (Paragraph?, Chunk)>[] parts) => meetingId =>
    {
        var built = parts.Select(part => part(meetingId, ordinal, topics)).ToList();
        return new Item
        {
            Ordinal = ordinal,
            MinuteNumber = (ordinal + 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = title,
            Restricted = restricted,
            Procedural = procedural,
            Topics = topics,
            Speakers = built.SelectMany(b => b.Item2.Speakers).Distinct().ToList(),
            Paragraphs = built.Where(b => b.Item1 is not null).Select(b => b.Item1!).ToList(),
            Resolutions = built.Where(b => b.Item2.Kind == ChunkKind.Resolution).Select(b => b.Item2.Text).ToList(),
            Chunks = built.Select(b => b.Item2).ToList(),
        };
    };

    private static Func<string, int, string[], (Paragraph?, Chunk)> P(string number, string text, params string[] speakers) =>
        (meetingId, ordinal, topics) => (
            number == "P" ? null : new Paragraph(number, text, speakers),
            new Chunk
            {
                Id = $"{meetingId}/{ordinal}/{number}",
                Paragraph = number,
                Kind = number == "P" ? ChunkKind.Procedural : ChunkKind.Discussion,
                Speakers = speakers,
                Topics = topics,
                Text = text,
            });

    private static Func<string, int, string[], (Paragraph?, Chunk)> R(string number, string text) =>
        (meetingId, ordinal, topics) => (
            new Paragraph(number, text, []) { IsResolution = true },
            new Chunk { Id = $"{meetingId}/{ordinal}/{number}", Paragraph = number, Kind = ChunkKind.Resolution, Topics = topics, Text = text });
}
