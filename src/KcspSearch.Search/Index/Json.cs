using System.Text.Json;

namespace KcspSearch.Search.Index;

/// <summary>JSON for the list-valued columns (topics, speakers, resolutions, links...).</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json, T fallback) =>
        string.IsNullOrEmpty(json) ? fallback : JsonSerializer.Deserialize<T>(json, Options) ?? fallback;

    public static IReadOnlyList<string> ReadList(string? json) => Read<string[]>(json, []);
}
