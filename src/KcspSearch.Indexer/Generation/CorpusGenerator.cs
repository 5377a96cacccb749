using System.Text;
using KcspSearch.Indexer.Generation.Writers;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Indexer.Generation;

/// <summary>
/// A deterministic synthetic corpus: the same seed and count give byte-identical files. Meetings are spread evenly
/// over 2005 to mid-2026 across as many committees as the count calls for (about eight meetings each for small
/// sets, up to every committee for large ones); each meeting has its own random source derived from the seed and
/// its position, so meetings are composed and written in parallel without changing the output.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    /// <summary>The corpus's "today": later meetings are still draft.</summary>
    public static readonly DateOnly Today = new(2026, 6, 30);

    private static readonly DateOnly First = new(2005, 1, 10);

    /// <summary>
    /// County council elections. Minute numbers run on from meeting to meeting and start again at 1 in each new
    /// council (printed KCSP minutes were in the 200s in 2019; the web numbers restart at 1 in 2025). Running them on
    /// for 20 years instead gave five-digit numbers at 1,000+ meetings a committee, which real minutes never have.
    /// </summary>
    private static readonly DateOnly[] Elections =
        [new(2005, 5, 5), new(2009, 6, 4), new(2013, 5, 2), new(2017, 5, 4), new(2021, 5, 6), new(2025, 5, 1)];

    // A meeting has at most 11 minutes; the rest of the step stands for minutes of business not generated.
    private const int MinutesPerMeeting = 14;
    private static readonly IMinutesWriter[] Writers = [new PrintedMinutesWriter(), new ModernGovHtmlWriter(), new ModernGovTextWriter()];

    private readonly MeetingComposer composer = new(new Cast(seed));

    public static IMinutesWriter WriterFor(SourceFormat format) => Writers.First(w => w.Format == format);

    /// <summary>Committees used for <paramref name="meetings"/> meetings.</summary>
    public static int CommitteesFor(int meetings) => Math.Clamp((meetings + 7) / 8, 1, Committee.All.Count);

    /// <summary>Every meeting's slot, committee by committee in date order.</summary>
    public IEnumerable<MeetingSlot> Schedule(int meetings)
    {
        var committees = CommitteesFor(meetings);
        var span = Today.DayNumber - First.DayNumber;
        for (var c = 0; c < committees; c++)
        {
            var count = meetings / committees + (c < meetings % committees ? 1 : 0);
            var dates = Dates(count, span, offset: c % 4);
            var firstMinute = 100;
            for (var j = 0; j < count; j++)
            {
                if (j > 0 && Term(dates[j]) != Term(dates[j - 1])) firstMinute = 1;
                var sequence = j * committees + c;
                var random = SlotRandom(sequence, 1);
                yield return new MeetingSlot(sequence, Committee.All[c], dates[j], FormatFor(dates[j].Year, random),
                    firstMinute, j > 0 ? dates[j - 1] : null, j + 1 < count ? dates[j + 1] : dates[j].AddMonths(3));
                firstMinute += MinutesPerMeeting;
            }
        }
    }

    public GeneratedMeeting Compose(MeetingSlot slot) => composer.Compose(slot, SlotRandom(slot.Sequence, 2));

    /// <summary>Writes <paramref name="meetings"/> meetings under <paramref name="outputDirectory"/>/{year}/.</summary>
    public GenerationSummary Generate(int meetings, string outputDirectory, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var slots = Schedule(meetings).ToList();
        foreach (var year in slots.Select(s => s.Date.Year).Distinct())
            Directory.CreateDirectory(Path.Combine(outputDirectory, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        long bytes = 0, chunks = 0;
        var done = 0;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Parallel.ForEach(slots, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, slot =>
        {
            var generated = Compose(slot);
            var writer = WriterFor(slot.Format);
            var path = Path.Combine(outputDirectory, slot.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), generated.Meeting.Id + writer.Extension);
            using (var stream = new StreamWriter(path, append: false, encoding, bufferSize: 1 << 16))
                writer.Write(generated, stream);
            Interlocked.Add(ref bytes, new FileInfo(path).Length);
            Interlocked.Add(ref chunks, generated.ExpectedChunks);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return new GenerationSummary(slots.Count, CommitteesFor(meetings), bytes, chunks, started.Elapsed);
    }

    /// <summary>Printed minutes until ModernGov arrives (2012), then mostly ModernGov pages.</summary>
    private static SourceFormat FormatFor(int year, Random random)
    {
        var roll = random.NextDouble();
        if (year < 2012) return SourceFormat.PrintedMinutes;
        if (year < 2018) return roll < 0.6 ? SourceFormat.PrintedMinutes : roll < 0.9 ? SourceFormat.ModernGovHtml : SourceFormat.ModernGovText;
        return roll < 0.25 ? SourceFormat.PrintedMinutes : roll < 0.8 ? SourceFormat.ModernGovHtml : SourceFormat.ModernGovText;
    }

    /// <summary>The council a meeting falls in: the number of elections held by its date.</summary>
    private static int Term(DateOnly date) => Elections.Count(e => e <= date);

    /// <summary>Evenly spaced weekdays, strictly increasing so that ids (committee + date) stay unique.</summary>
    private static DateOnly[] Dates(int count, int span, int offset)
    {
        var dates = new DateOnly[count];
        for (var j = 0; j < count; j++)
        {
            var date = First.AddDays((int)((j + 0.5) * span / count) + offset);
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(1);
            dates[j] = j > 0 && date <= dates[j - 1] ? dates[j - 1].AddDays(1) : date;
        }
        return dates;
    }

    private Random SlotRandom(int sequence, int purpose) => new(Mix(seed, sequence, purpose));

    /// <summary>A fixed integer mix (HashCode is randomised per process, so it cannot seed a reproducible corpus).</summary>
    private static int Mix(int seed, int sequence, int purpose)
    {
        unchecked
        {
            var h = (uint)seed * 2654435761u ^ (uint)sequence * 2246822519u ^ (uint)purpose * 3266489917u;
            h ^= h >> 15; h *= 2246822519u; h ^= h >> 13; h *= 3266489917u; h ^= h >> 16;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
