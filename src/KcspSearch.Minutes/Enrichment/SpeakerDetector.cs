using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Finds who speaks or reports in a paragraph: a name, office or pronoun that is the subject of a reporting verb
/// ("Mr Peerbux introduced", "Mr Harper and Mr Pritchard (Chief Superintendent, Kent Police) responded",
/// "In response to a question, Mr Powell confirmed", "The Vice-Chairman requested", "He informed").
/// Every other titled name is returned too, as not speaking: possessives ("Mr Harper's comments") and people
/// thanked, welcomed or mentioned ("welcomed Chief Inspector Lara Connor to the KCSP").
/// </summary>
public sealed partial class SpeakerDetector
{
    // Capitalised pairs that start sentences or name bodies, never people: "Kent Police informed", "Trading Standards recognised".
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "As", "To", "For", "Of", "With", "By", "From", "Following", "Subsequent",
        "Since", "It", "This", "That", "These", "Those", "There", "Their", "He", "She", "They", "We", "Our", "All", "Both",
        "Members", "Member", "Partners", "Officers", "Officer", "Kent", "Medway", "Police", "Council", "County", "Borough",
        "District", "Office", "Home", "Government", "Partnership", "Partnerships", "Board", "Team", "Teams", "Service",
        "Services", "Standards", "Trading", "Group", "Groups", "Unit", "Units", "Committee", "Panel", "Forum",
        "Commissioner", "Commissioners", "Select", "Safety", "Community", "Probation", "Health", "Public", "National",
        "Crime", "Fire", "Rescue", "Ambulance", "Trust", "Department", "Ministry", "Justice", "Agency", "Authority",
        "Chief", "Executive", "Chairman", "Chair", "Cabinet", "Secretary", "Minister", "Review", "Report", "Strategy",
        "Agreement", "Update", "Programme", "Project", "Mental", "Violence", "Reduction", "Domestic", "Abuse", "Prevent",
        "Duty", "Delivery", "Working", "Directorate", "Inspectorate", "Local", "Regional", "South", "North", "East",
        "West", "Coast", "Sussex", "Surrey", "Essex", "London", "England", "Court", "Prison", "Youth", "Children",
        "Adults", "Social", "Care", "Education", "Schools", "Integrated", "Offender", "Management", "Safeguarding",
        "Action", "Plan", "Policy", "Policing", "Victim", "Victims", "Support", "Network", "Centre", "Conference",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Every person, office and speaking pronoun mentioned in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<NameMention> Detect(string text)
    {
        var candidates = Candidates(text);
        var mentions = new List<NameMention>();
        for (var i = 0; i < candidates.Count;)
        {
            var (last, allSpeak) = ExtendGroup(text, candidates, i);
            var speaks = !candidates[last].Possessive && ReportingVerb().Match(text, candidates[last].End).Success;
            for (var k = i; k <= last; k++)
            {
                var isSpeaker = speaks && (allSpeak || k == last);
                // An unspeaking pronoun says nothing; an unspeaking untitled pair ("Op Concern") is too weak to be a name.
                if (!isSpeaker && (candidates[k].Mention.Kind == MentionKind.Pronoun || candidates[k].Untitled)) continue;
                mentions.Add(candidates[k].Mention with { IsSpeaker = isSpeaker });
            }
            i = last + 1;
        }
        return mentions;
    }

    /// <summary>
    /// Joins "Mr Harper and Mr Pritchard", "A, B and C" into one subject. A list joined by commas alone
    /// ("welcomed Ms X, Mr Y said") only makes its last name the subject.
    /// </summary>
    private static (int Last, bool AllSpeak) ExtendGroup(string text, List<Candidate> candidates, int first)
    {
        var last = first;
        var joinedByAnd = false;
        while (last + 1 < candidates.Count && !candidates[last].Possessive
               && candidates[last + 1].Mention.Kind != MentionKind.Pronoun)
        {
            var separator = ListSeparator().Match(text, candidates[last].End);
            if (!separator.Success || separator.Index + separator.Length != candidates[last + 1].Mention.Start) break;
            joinedByAnd = separator.Groups["and"].Success;
            last++;
        }
        return (last, joinedByAnd);
    }

    private static List<Candidate> Candidates(string text)
    {
        var found = new List<Candidate>();
        foreach (Match m in TitledName().Matches(text))
            Add(found, text, m, new NameMention(MentionKind.Person, m.Index, m.Value)
            {
                Name = new PersonName(
                    Collapse(m.Groups["title"].Value),
                    m.Groups["given"].Success ? m.Groups["given"].Value : null,
                    m.Groups["initials"].Success ? Initials(m.Groups["initials"].Value) : null,
                    m.Groups["surname"].Value),
            });
        foreach (Match m in Office().Matches(text))
            Add(found, text, m, new NameMention(MentionKind.Office, m.Index, m.Value) { OfficeId = OfficeId(m) });
        foreach (Match m in UntitledName().Matches(text))
        {
            if (NotNames.Contains(m.Groups["given"].Value) || NotNames.Contains(m.Groups["surname"].Value)) continue;
            Add(found, text, m, new NameMention(MentionKind.Person, m.Index, m.Value)
            {
                Name = new PersonName(null, m.Groups["given"].Value, null, m.Groups["surname"].Value),
            });
        }
        foreach (Match m in Pronoun().Matches(text))
            Add(found, text, m, new NameMention(MentionKind.Pronoun, m.Index, m.Value));
        return found.OrderBy(c => c.Mention.Start).ToList();
    }

    // Earlier patterns win: a titled name covers the untitled "Lara Connor" inside "Chief Inspector Lara Connor".
    private static void Add(List<Candidate> found, string text, Match m, NameMention mention)
    {
        var end = m.Index + m.Length;
        if (found.Any(c => c.Mention.Start < end && m.Index < c.NameEnd)) return;

        var possessive = Possessive().Match(text, end).Success;
        var (bracket, after) = possessive ? (null, end) : BracketAfter(text, end);
        found.Add(new Candidate(mention with { Text = Collapse(mention.Text), Bracket = bracket }, end, after, possessive));
    }

    /// <summary>The balanced bracket right after a name, nested brackets included: "(Police and Crime Commissioners (PCCs) Chief Executive)".</summary>
    private static (string? Bracket, int End) BracketAfter(string text, int position)
    {
        var open = position;
        while (open < text.Length && char.IsWhiteSpace(text[open])) open++;
        if (open >= text.Length || text[open] != '(') return (null, position);

        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0)
                return (Collapse(text[(open + 1)..i]), i + 1);
        }
        return (null, position);
    }

    private static string OfficeId(Match m) =>
        m.Groups["vice"].Success ? "vice-chairman"
        : m.Groups["chair"].Success ? "chairman"
        : m.Groups["member"].Success ? "partnership-member"
        : "officer";

    private static string Initials(string written) => string.Concat(written.Where(char.IsUpper));

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    private sealed record Candidate(NameMention Mention, int NameEnd, int End, bool Possessive)
    {
        public bool Untitled => Mention.Name is { Title: null };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?<title>" + NamePatterns.Title + @")\.?\s+"
        + @"(?:(?<initials>(?:\p{Lu}\.?\s+){1,3})(?:(?:Mr|Ms|Mrs|Miss)\s+)?|(?<given>" + NamePatterns.GivenName + @")\s+(?=" + NamePatterns.Surname + @"))?"
        + @"(?!(?:" + NamePatterns.Title + @")\b)(?<surname>" + NamePatterns.Surname + ")")]
    private static partial Regex TitledName();

    // Not preceded by another capitalised word, so "Kent Trading Standards" never yields "Trading Standards".
    [GeneratedRegex(@"(?<!\b\p{Lu}[\p{L}'’-]*\s+)\b(?<given>" + NamePatterns.GivenName + @")\s+(?<surname>" + NamePatterns.Surname + ")")]
    private static partial Regex UntitledName();

    [GeneratedRegex(@"(?<vice>\b[Tt]he\s+Vice[\s-]?Chair(?:man|woman|person)?)\b"
        + @"|(?<chair>\b[Tt]he\s+Chair(?:man|woman|person)?)\b"
        + @"|(?<member>\b(?:[Aa]\s+)?Partnership\s+Members?|\b[Aa]\s+Member|\bMembers)\b"
        + @"|(?<officer>\b[Tt]he\s+[Oo]fficers?|\b[Aa]n\s+[Oo]fficer)\b")]
    private static partial Regex Office();

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\b")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\G['’]s?(?!\p{L})")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\G(?:\s*,\s*(?:(?<and>and)\s+)?|\s+(?<and>and|&)\s+)")]
    private static partial Regex ListSeparator();

    // The subject's verb, after at most three adverbs or auxiliaries ("Mr Peerbux also briefed", "he had previously reported").
    // "introduction" is a real typo in the minutes ("Shafick Peerbux introduction the report").
    [GeneratedRegex(@"\G\s+(?:(?:also|then|further|had|has|have|previously|subsequently|later|again|briefly|jointly|both|kindly|duly|verbally|formally|additionally|particularly|specifically)\s+){0,3}"
        + @"(?:said|advised|confirmed|explained|informed|introduced|introduction|outlined|highlighted|noted|provided|gave|updated|reported"
        + @"|responded|replied|answered|requested|welcomed|assured|reassured|acknowledged|announced|commended|referred|raised|stated"
        + @"|emphasi[sz]ed|agreed|asked|briefed|presented|paid\s+(?:thanks|tribute)|thanked|added|commented|suggested|proposed|queried"
        + @"|questioned|expressed|reminded|summari[sz]ed|concluded|recogni[sz]ed|advocated|recommended|clarified|reiterated|mentioned"
        + @"|described|drew|urged|invited|encouraged|indicated|observed|pointed\s+out|spoke|shared|echoed|remarked|detailed|set\s+out"
        + @"|received|offered|sought|felt|believed|hoped|accepted|praised|declared|moved|seconded|delivered|led|wished|undertook)(?!\p{L})")]
    private static partial Regex ReportingVerb();
}
