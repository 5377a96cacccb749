using System.Globalization;
using System.Text;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing;

namespace KcspSearch.Indexer.Generation;

/// <summary>
/// Composes one meeting the way committee minutes run: introduction, the notes of the previous meeting, a handful
/// of reports (speakers introduced with their bracketed role, then by name; questions answered in (a), (b)
/// sub-paragraphs; a resolution, sometimes in parts), the date of the next meeting, now and then exempt business.
/// </summary>
public sealed class MeetingComposer(Cast cast)
{
    private static readonly ZipfSampler TopicSampler = new(Phrasebook.Topics.Count, 0.9);

    public GeneratedMeeting Compose(MeetingSlot slot, Random random)
    {
        var year = slot.Date.Year;
        var holders = cast.HoldersAt(slot.Committee.Area, slot.Date);
        var context = new Context(slot, random, holders);

        var items = new List<Item>();
        var minute = slot.FirstMinute;
        var printed = slot.Format == SourceFormat.PrintedMinutes;
        if (printed || random.NextDouble() < 0.5)
            items.Add(Procedural(items.Count + 1, minute++, "A1", "Introduction", []));
        if (slot.Previous is { } previous)
            items.Add(PreviousMinutes(items.Count + 1, minute++, previous, context));

        var reports = random.Next(3, 7);
        var used = new HashSet<string>();
        for (var r = 0; r < reports; r++)
        {
            var topic = DrawTopic(random, year, used);
            items.Add(Report(items.Count + 1, minute++, $"{(r < 4 ? 'B' : 'C')}{(r < 4 ? r + 1 : r - 3)}", topic, context));
        }
        items.Add(NextMeeting(items.Count + 1, minute++, slot, context));
        if (printed && random.NextDouble() < 0.08)
        {
            items.Add(Exclusion(items.Count + 1, minute++));
            items.Add(Report(items.Count + 1, minute++, "E1", DrawTopic(random, year, used), context) with { Restricted = true });
        }

        var meeting = new Meeting
        {
            Id = MeetingIds.For(slot.Committee.Name, slot.Date),
            Committee = slot.Committee.Name,
            Date = slot.Date,
            StartTime = printed ? null : context.StartTime,
            Venue = year is 2020 or 2021 ? "online" : slot.Committee.Venues[random.Next(slot.Committee.Venues.Count)],
            Status = slot.Next > CorpusGenerator.Today ? MeetingStatus.Draft : MeetingStatus.Approved,
            Attendees = context.Attendees(),
            Items = items,
            Format = slot.Format,
        };
        // ModernGov pages carry no attendance list, so only printed minutes have an attendance chunk.
        var chunks = (printed ? 1 : 0) + items.Sum(i => i.Paragraphs.Count == 0 ? 1 : i.Paragraphs.Count);
        var clerk = holders.FirstOrDefault(h => h.Post.Kind == PostKind.Clerk)?.Person.FullName ?? "Democratic Services";
        return new GeneratedMeeting(meeting, slot.Committee, clerk, chunks);
    }

    private static TopicPhrases DrawTopic(Random random, int year, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var topic = Phrasebook.Topics[TopicSampler.Next(random)];
            if (topic.Titles.Any(t => TopicPhrases.InUse(t, year)) && (used.Add(topic.TopicId) || attempt > 20))
                return topic;
        }
    }

    private static Item Procedural(int ordinal, int minute, string code, string title, IReadOnlyList<Paragraph> paragraphs) => new()
    {
        Ordinal = ordinal,
        MinuteNumber = minute.ToString(CultureInfo.InvariantCulture),
        AgendaCode = code,
        Title = title,
        Procedural = true,
        Paragraphs = paragraphs,
        Resolutions = paragraphs.Where(p => p.IsResolution).Select(p => p.Text).ToList(),
    };

    private static Item PreviousMinutes(int ordinal, int minute, DateOnly previous, Context context)
    {
        var when = previous.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var text = context.Random.Next(2) == 0
            ? $"It was RESOLVED that the notes of the meeting held on {when} are a correct record and that they be signed by the Chairman."
            : $"RESOLVED that the minutes of the meeting held on {when} were correctly recorded and be signed by the Chairman.";
        return Procedural(ordinal, minute, "A4", $"Notes of meeting held on {when}", [Resolution("", text)]);
    }

    private static Item NextMeeting(int ordinal, int minute, MeetingSlot slot, Context context)
    {
        var when = slot.Next.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var text = context.Random.Next(2) == 0
            ? $"It was RESOLVED that members noted the date of the next meeting which was scheduled to take place on {when}."
            : $"RESOLVED that the date of the next meeting, {when}, be noted.";
        return Procedural(ordinal, minute, "D1", "Date of next meeting", [Resolution("", text)]);
    }

    private static Item Exclusion(int ordinal, int minute) => Procedural(ordinal, minute, "D2", "Exclusion of Press and Public",
        [Resolution("", "RESOLVED that under Section 100A of the Local Government Act 1972 the public be excluded from the meeting for the following business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.")]);

    private static Paragraph Resolution(string number, string text) => new(number, text, []) { IsResolution = true };

    private static Item Report(int ordinal, int minute, string code, TopicPhrases topic, Context context)
    {
        var random = context.Random;
        var title = context.Fill(context.Pick(topic.Titles), topic, null);
        var lead = context.Speaker();
        var paragraphs = new List<Paragraph>();
        var count = random.Next(1, 5);
        for (var n = 1; n <= count; n++)
        {
            var number = n.ToString(CultureInfo.InvariantCulture);
            if (n > 1 && random.NextDouble() < 0.25)
            {
                paragraphs.AddRange(Questions(number, topic, context));
                continue;
            }
            var speaker = n == 1 || random.NextDouble() < 0.7 ? lead : context.Speaker();
            paragraphs.Add(new Paragraph(number, Discussion(n == 1, speaker, topic, context), []));
        }

        var resolution = ResolutionText(title, topic, context);
        var numbered = context.Slot.Format == SourceFormat.PrintedMinutes && !resolution.Contains('\n') && random.NextDouble() < 0.3;
        paragraphs.Add(Resolution(numbered ? (count + 1).ToString(CultureInfo.InvariantCulture) : "",
            numbered ? "It was " + resolution : resolution));

        return new Item
        {
            Ordinal = ordinal,
            MinuteNumber = minute.ToString(CultureInfo.InvariantCulture),
            AgendaCode = code,
            Title = title,
            Paragraphs = paragraphs,
            Resolutions = [paragraphs[^1].Text],
            Documents = [new LinkedDocument(title, $"documents/s{100000 + context.Slot.Sequence % 900000}/{code} - {title}.pdf", "PDF", $"{random.Next(90, 900)} KB")],
        };
    }

    private static string Discussion(bool opening, Speaker speaker, TopicPhrases topic, Context context)
    {
        var random = context.Random;
        var used = new HashSet<string>();
        var text = new StringBuilder(context.Mention(speaker)).Append(' ');
        if (opening)
            text.Append(context.Fill(context.Pick(Phrasebook.IntroVerbs), topic, speaker))
                .Append(' ').Append(context.Fill(context.PickFresh(topic.Subjects, used), topic, speaker)).Append('.');
        else
            text.Append(context.Fill(context.Pick(Phrasebook.FindingVerbs), topic, speaker))
                .Append(' ').Append(context.Fill(context.PickFresh(topic.Findings, used), topic, speaker)).Append('.');
        for (var s = random.Next(1, 4); s > 0; s--)
        {
            text.Append(' ');
            if (random.NextDouble() < 0.5)
                text.Append(speaker.Pronoun).Append(' ').Append(context.Fill(context.Pick(Phrasebook.FindingVerbs), topic, speaker))
                    .Append(' ').Append(context.Fill(context.PickFresh(topic.Findings, used), topic, speaker)).Append('.');
            else
                text.Append(context.Fill(context.PickFresh(Phrasebook.Followers, used), topic, speaker));
        }
        return text.ToString();
    }

    private static IEnumerable<Paragraph> Questions(string number, TopicPhrases topic, Context context)
    {
        var answering = context.Speaker();
        yield return new Paragraph(number, $"{context.Mention(answering)} responded to comments and questions as follows:", []);
        var parts = context.Random.Next(2, 4);
        for (var p = 0; p < parts; p++)
        {
            var speaker = p == 0 ? answering : context.Speaker();
            var template = context.Pick(Phrasebook.Questions);
            yield return new Paragraph($"{number}({(char)('a' + p)})", context.Fill(template, topic, speaker), []);
        }
    }

    private static string ResolutionText(string title, TopicPhrases topic, Context context)
    {
        var random = context.Random;
        var body = context.Slot.Committee.ShortName[4..];
        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            var actions = new[]
            {
                $"a) Note the {title.ToLowerInvariant()}.",
                $"b) Agree {context.Fill(context.Pick(topic.Actions), topic, null)}.",
                $"c) Receive a further update at its meeting in {context.MonthAhead(6)}.",
            };
            return $"RESOLVED that the {context.Slot.Committee.Name}\n" + string.Join('\n', actions);
        }
        if (roll < 0.55) return $"RESOLVED that the {title.ToLowerInvariant()} be noted.";
        if (roll < 0.8) return $"RESOLVED that the {body} note the update on {context.Fill(context.Pick(topic.Subjects), topic, null)} and agree {context.Fill(context.Pick(topic.Actions), topic, null)}.";
        return $"RESOLVED to note the update on {context.Fill(context.Pick(topic.Subjects), topic, null)}.";
    }

    /// <summary>Who speaks: a cast member in a post, or an office ("The Chairman") when <paramref name="Tenure"/> is null.</summary>
    private sealed record Speaker(Tenure? Tenure, string Office, string Pronoun);

    /// <summary>The per-meeting state: random source, who is at the table, who has been introduced already.</summary>
    private sealed class Context(MeetingSlot slot, Random random, IReadOnlyList<Tenure> holders)
    {
        private readonly HashSet<CastMember> introduced = [];
        private readonly List<Tenure> officers = holders.Where(h => h.Post.Kind == PostKind.Officer).ToList();

        public MeetingSlot Slot => slot;
        public Random Random => random;

        public string StartTime { get; } = new[] { "10:00", "10:00", "14:00", "18:30", "09:30" }[random.Next(5)];

        public string Pick(string[] phrases)
        {
            for (var attempt = 0; attempt < 12; attempt++)
            {
                var phrase = phrases[random.Next(phrases.Length)];
                if (TopicPhrases.InUse(phrase, slot.Date.Year)) return TopicPhrases.Text(phrase);
            }
            return TopicPhrases.Text(phrases.FirstOrDefault(p => TopicPhrases.InUse(p, slot.Date.Year)) ?? phrases[^1]);
        }

        public Speaker Speaker()
        {
            if (officers.Count == 0 || random.NextDouble() < 0.06)
                return random.Next(2) == 0 ? new Speaker(null, "The Chairman", "The Chairman") : new Speaker(null, "The Vice-Chairman", "The Vice-Chairman");
            var tenure = officers[random.Next(officers.Count)];
            return new Speaker(tenure, "", tenure.Person.Title is "Mr" ? "He" : tenure.Person.Title is "Dr" ? "They" : "She");
        }

        /// <summary>The first mention in a meeting carries the bracketed role; later ones the name alone.</summary>
        public string Mention(Speaker speaker)
        {
            if (speaker.Tenure is not { } tenure) return speaker.Office;
            var person = tenure.Person;
            var name = random.NextDouble() < 0.08 ? person.FullName : person.Formal;
            return introduced.Add(person) ? $"{name} ({tenure.Post.Role})" : name;
        }

        /// <summary>Like <see cref="Pick"/>, but not a phrase already used in the current paragraph.</summary>
        public string PickFresh(string[] phrases, HashSet<string> used)
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var phrase = Pick(phrases);
                if (used.Add(phrase)) return phrase;
            }
            return Pick(phrases);
        }

        public IReadOnlyList<Attendee> Attendees()
        {
            var list = new List<Attendee>();
            foreach (var tenure in holders.Where(h => h.Post.Kind is PostKind.Chair or PostKind.ViceChair))
                list.Add(new Attendee(tenure.Person.AttendanceName, null, tenure.Post.Role, AttendanceKinds.Present));
            foreach (var tenure in officers.Where(_ => random.NextDouble() < 0.75))
                list.Add(new Attendee(tenure.Person.AttendanceName, null, null, AttendanceKinds.Present));
            foreach (var tenure in officers.Where(o => introduced.Contains(o.Person) && list.All(a => a.Name != o.Person.AttendanceName)))
                list.Add(new Attendee(tenure.Person.AttendanceName, null, tenure.Post.Role, AttendanceKinds.InAttendance));
            foreach (var tenure in holders.Where(h => h.Post.Kind == PostKind.Clerk))
                list.Add(new Attendee(tenure.Person.AttendanceName, null, tenure.Post.Role, AttendanceKinds.InAttendance));
            return list;
        }

        public string MonthAhead(int months) => slot.Date.AddMonths(months).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

        /// <summary>Fills the placeholders of <see cref="Phrasebook"/> in one pass.</summary>
        public string Fill(string template, TopicPhrases? topic, Speaker? speaker)
        {
            if (!template.Contains('{')) return template;
            var text = new StringBuilder(template.Length + 32);
            for (var i = 0; i < template.Length; i++)
            {
                var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
                if (close < 0) { text.Append(template[i]); continue; }
                text.Append(Placeholder(template[(i + 1)..close], topic, speaker));
                i = close;
            }
            return text.ToString();
        }

        private string Placeholder(string name, TopicPhrases? topic, Speaker? speaker) => name switch
        {
            "C" => slot.Committee.ShortName,
            "A" => slot.Committee.Area,
            "N" => random.Next(2, 60).ToString(CultureInfo.InvariantCulture),
            "P" => random.Next(3, 45).ToString(CultureInfo.InvariantCulture),
            "K" => random.Next(12, 480).ToString(CultureInfo.InvariantCulture),
            "Y" => FinancialYear(),
            "M" => MonthAhead(random.Next(1, 7)),
            "X" => Lexicon.Next(random),
            "S" => Mention(speaker ?? Speaker()),
            "subject" when topic is not null => Fill(Pick(topic.Subjects), topic, speaker),
            "finding" when topic is not null => Fill(Pick(topic.Findings), topic, speaker),
            _ => name,
        };

        private string FinancialYear()
        {
            var start = slot.Date.Month >= 4 ? slot.Date.Year : slot.Date.Year - 1;
            return $"{start}/{(start + 1) % 100:00}";
        }
    }
}
