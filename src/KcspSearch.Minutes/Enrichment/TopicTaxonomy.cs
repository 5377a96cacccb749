using System.Text.Json;
using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// The topic taxonomy (committed as <c>index-data/topics.json</c>): tags a text with every topic one of whose terms
/// it contains as whole words. Terms match case-insensitively, acronyms ("DA", "PREVENT", "DHRs") case-sensitively,
/// and a space or hyphen in a term matches either ("counter terrorism" = "counter-terrorism").
/// </summary>
public sealed partial class TopicTaxonomy
{
    public const string FileName = "topics.json";

    private static readonly Lazy<TopicTaxonomy> DefaultTaxonomy = new(() => Load(new MinutesOptions()));
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly List<TopicMatcher> matchers;
    private readonly Dictionary<string, Topic> byId;
    private readonly TermWords words;

    public TopicTaxonomy(IEnumerable<Topic> topics)
    {
        matchers = topics.Select(t => new TopicMatcher(t, TermsPattern(t.Terms, caseSensitive: false), TermsPattern(t.Terms, caseSensitive: true))).ToList();
        var duplicate = matchers.GroupBy(m => m.Topic.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Topic id '{duplicate.Key}' is defined twice.", nameof(topics));
        Topics = matchers.Select(m => m.Topic).ToList();
        byId = Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        words = new TermWords(Topics);
    }

    /// <summary>The committed taxonomy, found as <see cref="MinutesOptions.ConfigDirectory"/> defaults say (or embedded).</summary>
    public static TopicTaxonomy Default => DefaultTaxonomy.Value;

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Loads topics.json from the configured folder, a checkout's <c>index-data</c>, or the embedded copy.</summary>
    public static TopicTaxonomy Load(MinutesOptions options)
    {
        var (json, source) = CommittedConfig.Read(FileName, options);
        return Parse(json, source);
    }

    /// <summary>Reads the taxonomy JSON; <paramref name="source"/> names the file in error messages.</summary>
    public static TopicTaxonomy Parse(string json, string source)
    {
        TopicFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TopicFile>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a valid topic taxonomy: {e.Message}", e);
        }

        if (file?.Topics is not { Count: > 0 } entries)
            throw new InvalidDataException($"{source}: the taxonomy has no \"topics\".");
        var invalid = entries.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.Id) || t.Terms is not { Count: > 0 } || t.Terms.Any(string.IsNullOrWhiteSpace));
        if (invalid is not null)
            throw new InvalidDataException($"{source}: topic '{invalid.Id}' needs an id and at least one non-empty term.");
        try
        {
            return new TopicTaxonomy(entries.Select(t => new Topic(t.Id!, t.Label ?? t.Id!, t.Terms!) { Generic = t.Generic }));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
    }

    public Topic? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// Ids of the topics found in <paramref name="text"/>, sorted. Acronyms that occur in the text also contribute
    /// their expansion, so "KMSAB" finds "Kent and Medway Safeguarding Adults Board".
    /// </summary>
    public IReadOnlyList<string> Match(string text, IEnumerable<Acronym>? acronyms = null)
    {
        if (acronyms is not null && TermWords.Expansions(text, acronyms) is { Count: > 0 } expansions)
            text = text + "\n" + string.Join("\n", expansions);

        var found = new bool[matchers.Count];
        words.Find(text, found);
        for (var i = 0; i < matchers.Count; i++)
        {
            if (!found[i] && matchers[i] is { Insensitive: var insensitive, Sensitive: var sensitive })
                found[i] = (insensitive?.IsMatch(text) ?? false) || (sensitive?.IsMatch(text) ?? false);
        }
        return Enumerable.Range(0, matchers.Count).Where(i => found[i]).Select(i => matchers[i].Topic.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True for terms written as acronyms: "DA", "PREVENT", "S136", and plurals "DHRs", "S136s".</summary>
    internal static bool IsAcronymTerm(string term)
    {
        if (term.Any(char.IsWhiteSpace)) return false;
        var core = term.Length > 1 && term[^1] == 's' && !char.IsLower(term[^2]) ? term[..^1] : term;
        return core.Any(char.IsLetter) && core.Where(char.IsLetter).All(char.IsUpper);
    }

    /// <summary>The terms <see cref="TermWords"/> cannot match (those with characters other than letters and digits), as one pattern.</summary>
    private static Regex? TermsPattern(IEnumerable<string> terms, bool caseSensitive)
    {
        var alternatives = terms
            .Where(t => IsAcronymTerm(t) == caseSensitive && TermWords.Split(t) is null)
            .OrderByDescending(t => t.Length)
            .Select(t => string.Join(@"(?:\s*[-‐‑]\s*|\s+)", TermParts().Split(t.Trim()).Select(Regex.Escape)))
            .ToList();
        if (alternatives.Count == 0) return null;

        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", options);
    }

    [GeneratedRegex(@"[\s\-‐‑]+")]
    internal static partial Regex TermParts();

    private sealed record TopicMatcher(Topic Topic, Regex? Insensitive, Regex? Sensitive);

    private sealed record TopicFile(List<TopicEntry>? Topics);

    private sealed record TopicEntry(string? Id, string? Label, List<string>? Terms, bool Generic);
}
