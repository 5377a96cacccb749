using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// One identity per person within a meeting. Mentions with the same surname are one person ("Shafick Peerbux" =
/// "Mr S Peerbux" = "Mr Peerbux"; "Miss Weaver" = "Ms E Weaver"), unless their initials differ: then each initial
/// is a person ("smith-j", "smith-k") and a bare "Mr Smith" is the Smith mentioned last before it.
/// Offices ("The Chairman") are identities of their own.
/// </summary>
public sealed class PersonDirectory
{
    private static readonly Dictionary<string, string> OfficeNames = new(StringComparer.Ordinal)
    {
        ["chairman"] = "The Chairman",
        ["vice-chairman"] = "The Vice-Chairman",
        ["partnership-member"] = "Partnership Members",
        ["officer"] = "The officer",
    };

    private readonly string?[] ids;
    private readonly Dictionary<string, Person> people;
    private readonly List<string> order;

    private PersonDirectory(string?[] ids, Dictionary<string, Person> people, List<string> order)
    {
        this.ids = ids;
        this.people = people;
        this.order = order;
    }

    /// <summary>The identity of each mention passed to <see cref="Build"/>, by position; null for pronouns and unparsed names.</summary>
    public IReadOnlyList<string?> Ids => ids;

    /// <summary>Every identity, in order of first mention.</summary>
    public IEnumerable<Person> People => order.Select(id => people[id]);

    /// <summary>The person or office with this id.</summary>
    public Person this[string personId] => people[personId];

    /// <summary>
    /// Resolves mentions in document order (attendance list first, then the minutes). Names, roles and
    /// organisations accumulate per identity: the fullest name and the last stated role and organisation win.
    /// </summary>
    public static PersonDirectory Build(IReadOnlyList<NameMention> mentions)
    {
        var ids = new string?[mentions.Count];
        AssignPersonIds(mentions, ids);

        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var fullest = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind == MentionKind.Office && mention.OfficeId is { } office)
            {
                ids[i] = office;
                if (people.TryAdd(office, new Person(office, OfficeNames.GetValueOrDefault(office, office)) { IsOffice = true }))
                    order.Add(office);
            }
            else if (ids[i] is { } id && mention.Name is { } name)
            {
                if (!fullest.TryGetValue(id, out var best) || name.Completeness > best.Completeness) fullest[id] = name;
                if (!people.TryGetValue(id, out var known))
                {
                    known = new Person(id, name.DisplayName);
                    order.Add(id);
                }
                var affiliation = mention.Bracket is null ? new Affiliation(null, null) : Affiliation.Parse(mention.Bracket);
                people[id] = known with
                {
                    Name = fullest[id].DisplayName,
                    Role = affiliation.Role ?? known.Role,
                    Organisation = affiliation.Organisation ?? known.Organisation,
                };
            }
        }
        return new PersonDirectory(ids, people, order);
    }

    private static void AssignPersonIds(IReadOnlyList<NameMention> mentions, string?[] ids)
    {
        var bySurname = Enumerable.Range(0, mentions.Count)
            .Where(i => mentions[i].Kind == MentionKind.Person && mentions[i].Name is not null)
            .GroupBy(i => mentions[i].Name!.Surname.ToLowerInvariant());

        foreach (var group in bySurname)
        {
            var slug = Slug(group.Key);
            var initials = group.Select(i => mentions[i].Name!.Initial).OfType<char>().Select(char.ToUpperInvariant).Distinct().ToList();
            if (initials.Count <= 1)
            {
                foreach (var i in group) ids[i] = slug;
                continue;
            }

            string? lastSeen = null;
            foreach (var i in group)
            {
                var initial = mentions[i].Name!.Initial;
                lastSeen = initial is { } c ? $"{slug}-{char.ToLowerInvariant(c)}" : lastSeen ?? $"{slug}-{char.ToLowerInvariant(initials[0])}";
                ids[i] = lastSeen;
            }
        }
    }

    /// <summary>"Barrington-King" → "barrington-king"; "O'Brien" → "obrien".</summary>
    public static string Slug(string surname) =>
        string.Concat(surname.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == '-'));
}
