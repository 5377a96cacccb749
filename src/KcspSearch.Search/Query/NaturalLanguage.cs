using System.Text.RegularExpressions;

namespace KcspSearch.Search.Query;

/// <summary>Recognises question forms that ask for decisions or for what someone said, and removes their wording.</summary>
internal static partial class NaturalLanguage
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "they", "you", "i", "it", "he", "she", "members", "the partnership", "the kcsp", "kcsp", "partners", "people", "anyone", "everyone",
    };

    /// <summary>Strips a decision question ("what did we resolve about") and reports whether there was one.</summary>
    public static bool TakeDecisionIntent(ref string text)
    {
        var found = false;
        foreach (var regex in new[] { DecisionQuestion(), DecisionPassive(), DecisionNoun() })
        {
            var match = regex.Match(text);
            if (!match.Success) continue;
            text = text.Remove(match.Index, match.Length).Insert(match.Index, " ");
            found = true;
        }
        return found;
    }

    /// <summary>Strips "what did Harper say" and returns the name ("Harper"), or null.</summary>
    public static string? TakeSpeakerIntent(ref string text)
    {
        var match = SpeakerQuestion().Match(text);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !NotNames.Contains(name)) name = name[4..].Trim();
        if (NotNames.Contains(name) || StopWords.Contains(name.ToLowerInvariant())) return null;
        text = text.Remove(match.Index, match.Length).Insert(match.Index, " ");
        return name;
    }

    // "what did we resolve/decide/agree", "what have they decided", "what did the partnership agree".
    [GeneratedRegex(@"\b(?:what|which\s+\w+)\s+(?:did|have|has|do|does|had)\s+(?:we|they|you|members|partners|it|kcsp|the\s+\w+)\s+(?:resolve|decide|agree|conclude)d?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionQuestion();

    // "what was decided", "what has been agreed", "what were the resolutions".
    [GeneratedRegex(@"\bwhat\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:resolved|decided|agreed|concluded|the\s+(?:decisions?|resolutions?|outcomes?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionPassive();

    // "decisions about X", "resolutions on X", "which decisions".
    [GeneratedRegex(@"(?<![:\w""])(?:\b(?:what|which|any|all|the|list)\s+)?\b(?:decisions?|resolutions?)\b(?!:)(?:\s+(?:on|about|regarding|re|for|concerning|made|taken))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionNoun();

    // "what did Harper say", "what has Mr Peerbux reported", "what did the Chairman say".
    [GeneratedRegex(@"\bwhat\s+(?:did|has|have|does|had)\s+(?:(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s+)?(?<name>(?:the\s+)?\p{L}[\p{L}'\-]*(?:\s+\p{L}[\p{L}'\-]*)?)\s+(?:say|said|report|reported|tell|told|mention|mentioned|raise|raised|announce|announced|note|noted|highlight|highlighted|update|updated|present|presented)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerQuestion();
}
