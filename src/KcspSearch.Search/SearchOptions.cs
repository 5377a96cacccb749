using System.Text.Json;

namespace KcspSearch.Search;

/// <summary>
/// Query-time knowledge the index does not hold: the acronym glossary (merged with acronyms mined from the
/// minutes, which the index stores) and the labels of the topic taxonomy.
/// </summary>
public sealed class SearchOptions
{
    /// <summary>Acronym → expansion, e.g. DHR → Domestic Homicide Review.</summary>
    public IReadOnlyDictionary<string, string> Acronyms { get; init; } = new Dictionary<string, string>();
    /// <summary>Topic id → label, e.g. DHR → Domestic Homicide Review.</summary>
    public IReadOnlyDictionary<string, string> TopicLabels { get; init; } = new Dictionary<string, string>();
    /// <summary>How many recent responses are kept per index version.</summary>
    public int ResultCacheSize { get; init; } = 512;

    /// <summary>Reads <c>acronyms.json</c> and <c>topics.json</c> from the committed config folder; missing files give empty maps.</summary>
    public static SearchOptions FromConfigDirectory(string directory) => new()
    {
        Acronyms = ReadAcronyms(Path.Combine(directory, "acronyms.json")),
        TopicLabels = ReadTopicLabels(Path.Combine(directory, "topics.json")),
    };

    private static Dictionary<string, string> ReadAcronyms(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.TryGetProperty("acronyms", out var acronyms) && acronyms.ValueKind == JsonValueKind.Object)
            foreach (var entry in acronyms.EnumerateObject())
                if (entry.Value.ValueKind == JsonValueKind.String) result[entry.Name] = entry.Value.GetString()!;
        return result;
    }

    private static Dictionary<string, string> ReadTopicLabels(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path)) return result;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.TryGetProperty("topics", out var topics) && topics.ValueKind == JsonValueKind.Array)
            foreach (var topic in topics.EnumerateArray())
                if (topic.TryGetProperty("id", out var id) && topic.TryGetProperty("label", out var label))
                    result[id.GetString()!] = label.GetString()!;
        return result;
    }
}
