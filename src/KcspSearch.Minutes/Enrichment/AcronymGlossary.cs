using System.Text;
using System.Text.Json;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Acronyms both ways: <see cref="Expand"/>("DHR") = "Domestic Homicide Review" and
/// <see cref="Abbreviate"/>("domestic homicide review") = "DHR". Starts from the committed <c>index-data/acronyms.json</c>;
/// <see cref="Merge"/> adds those mined from minutes. The first definition of a short form wins.
/// </summary>
public sealed class AcronymGlossary
{
    public const string FileName = "acronyms.json";

    private static readonly Lazy<AcronymGlossary> DefaultGlossary = new(() => Load(new MinutesOptions()));

    private readonly List<Acronym> entries = [];
    private readonly Dictionary<string, Acronym> byShort = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Acronym> byShortIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Acronym> byExpansion = new(StringComparer.Ordinal);
    private readonly HashSet<string> shorts = new(StringComparer.Ordinal);
    private readonly List<string> spacedKeys = [];

    public AcronymGlossary(IEnumerable<Acronym> acronyms)
    {
        foreach (var acronym in acronyms)
        {
            if (string.IsNullOrWhiteSpace(acronym.Short) || string.IsNullOrWhiteSpace(acronym.Expansion)) continue;
            if (!byShort.TryAdd(acronym.Short, acronym)) continue;
            entries.Add(acronym);
            byShortIgnoringCase.TryAdd(acronym.Short, acronym);
            byExpansion.TryAdd(ExpansionKey(acronym.Expansion), acronym);
            shorts.Add(acronym.Short);
            spacedKeys.Add($" {ExpansionKey(acronym.Expansion)} ");
        }
    }

    /// <summary>The committed starter glossary, found as <see cref="MinutesOptions.ConfigDirectory"/> defaults say (or embedded).</summary>
    public static AcronymGlossary Default => DefaultGlossary.Value;

    public IReadOnlyList<Acronym> Entries => entries;

    /// <summary>Loads acronyms.json from the configured folder, a checkout's <c>index-data</c>, or the embedded copy.</summary>
    public static AcronymGlossary Load(MinutesOptions options)
    {
        var (json, source) = CommittedConfig.Read(FileName, options);
        return Parse(json, source);
    }

    /// <summary>Reads <c>{ "acronyms": { "DHR": "Domestic Homicide Review", ... } }</c>; <paramref name="source"/> names the file in errors.</summary>
    public static AcronymGlossary Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("acronyms", out var map) || map.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{source}: the glossary has no \"acronyms\" object.");
            return new AcronymGlossary(map.EnumerateObject().Select(p => new Acronym(p.Name, p.Value.GetString()
                ?? throw new InvalidDataException($"{source}: acronym '{p.Name}' has no expansion."))));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source}: not a valid acronym glossary: {e.Message}", e);
        }
    }

    /// <summary>The expansion of a short form: exact case first ("DA"), then ignoring case ("dhr").</summary>
    public string? Expand(string shortForm) =>
        (byShort.GetValueOrDefault(shortForm.Trim()) ?? byShortIgnoringCase.GetValueOrDefault(shortForm.Trim()))?.Expansion;

    /// <summary>The short form of an expansion, ignoring case, spacing, hyphens and "&amp;" vs "and".</summary>
    public string? Abbreviate(string expansion) => byExpansion.GetValueOrDefault(ExpansionKey(expansion))?.Short;

    /// <summary>A glossary with <paramref name="more"/> added after the current entries (which win on a clash).</summary>
    public AcronymGlossary Merge(IEnumerable<Acronym> more) => new(entries.Concat(more));

    /// <summary>Entries whose short form (whole word, exact case) or expansion occurs in <paramref name="text"/>, in glossary order.</summary>
    public IReadOnlyList<Acronym> FoundIn(string text)
    {
        var words = TermWords.Among(text, shorts);
        var normalised = $" {ExpansionKey(text)} ";
        return entries.Where((a, i) => words.Contains(a.Short) || normalised.Contains(spacedKeys[i], StringComparison.Ordinal)).ToList();
    }

    // "Kent & Medway Safeguarding Adults Board" and "kent and medway safeguarding-adults board" share one key:
    // letters and digits in lower case, apostrophes dropped, "&" read as "and", anything else one space between words.
    private static string ExpansionKey(string text)
    {
        var key = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (c is '\'' or '’') continue;
            if (c == '&')
            {
                KeyAfter(spaced: true).Append("and");
                gap = true;
            }
            else if (char.IsLetterOrDigit(c)) KeyAfter(gap).Append(char.ToLowerInvariant(c));
            else gap = true;
        }
        return key.ToString();

        // The key, with a space first when a gap ends a word.
        StringBuilder KeyAfter(bool spaced)
        {
            if (spaced && key.Length > 0) key.Append(' ');
            gap = false;
            return key;
        }
    }
}
