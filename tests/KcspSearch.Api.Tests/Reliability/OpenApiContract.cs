using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// The service's own <c>/openapi/v1.json</c> as a checker of real responses: the status must be documented for the
/// operation, the media type must be the documented one, and the body must satisfy the documented JSON schema.
/// Covers the subset of JSON Schema the document uses ($ref, type lists with null, format, pattern, required,
/// properties, additionalProperties, items, enum, the combinators); any other keyword is reported, never ignored.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly HashSet<string> Annotations =
        ["description", "default", "example", "examples", "title", "readOnly", "writeOnly", "deprecated", "externalDocs", "nullable"];

    private readonly JsonElement document;
    private readonly List<(Regex Path, string Template)> paths;
    private readonly Dictionary<string, Regex> patterns = [];

    public OpenApiContract(JsonElement document)
    {
        this.document = document;
        paths = document.GetProperty("paths").EnumerateObject()
            .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Name), @"/\\\{(\w+)}", m =>
                // Item ids hold a slash ({**id} in the route: any rest of the path, even none); other parameters are one segment.
                p.Name.StartsWith("/api/items/", StringComparison.Ordinal) ? "(?:/(?<" + m.Groups[1].Value + ">.*))?" : "/(?<" + m.Groups[1].Value + ">[^/]+)") + "$"), p.Name))
            .ToList();
    }

    public static async Task<OpenApiContract> LoadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return new OpenApiContract(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Everything wrong with one response; empty when it keeps the contract.</summary>
    public List<string> Check(string method, string path, int status, string? mediaType, string body)
    {
        var problems = new List<string>();
        // Routing ignores a trailing slash: /api/meetings/ is /api/meetings.
        if (path.Length > 1) path = path.TrimEnd('/');
        var template = paths.FirstOrDefault(p => p.Path.IsMatch(path)).Template;
        if (template is null)
        {
            problems.Add($"{path} is not a documented path");
            return problems;
        }
        if (!document.GetProperty("paths").GetProperty(template).TryGetProperty(method.ToLowerInvariant(), out var operation))
        {
            problems.Add($"{method} {template} is not documented");
            return problems;
        }
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (!operation.GetProperty("responses").TryGetProperty(key, out var response)
            && !operation.GetProperty("responses").TryGetProperty("default", out response))
        {
            problems.Add($"{status} is not a documented response of {method} {template}");
            return problems;
        }
        if (!response.TryGetProperty("content", out var content))
        {
            if (body.Length > 0) problems.Add($"{status} of {method} {template} is documented without a body, but has one");
            return problems;
        }
        if (mediaType is null || !content.TryGetProperty(mediaType, out var media))
        {
            problems.Add($"{status} of {method} {template} came as '{mediaType}', documented as {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
            return problems;
        }
        JsonElement value;
        try
        {
            value = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e)
        {
            problems.Add($"{status} of {method} {template}: the body is not JSON ({e.Message})");
            return problems;
        }
        if (media.TryGetProperty("schema", out var schema)) Validate(value, schema, "$", problems);
        return problems;
    }

    private void Validate(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    Validate(value, Resolve(keyword.Value.GetString()!), at, problems);
                    break;
                case "type":
                    var types = keyword.Value.ValueKind == JsonValueKind.Array
                        ? keyword.Value.EnumerateArray().Select(t => t.GetString()!).ToList()
                        : [keyword.Value.GetString()!];
                    if (!types.Any(t => HasType(value, t)))
                        problems.Add($"{at}: {value.ValueKind} where the schema says {string.Join(" or ", types)}");
                    break;
                case "format":
                    if (!HasFormat(value, keyword.Value.GetString()!))
                        problems.Add($"{at}: '{Clip(value)}' is not a {keyword.Value.GetString()}");
                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Pattern(keyword.Value.GetString()!).IsMatch(value.GetString()!))
                        problems.Add($"{at}: '{Clip(value)}' does not match {keyword.Value.GetString()}");
                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                        problems.Add($"{at}: '{Clip(value)}' is not one of {keyword.Value}");
                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                        foreach (var name in keyword.Value.EnumerateArray().Select(n => n.GetString()!))
                            if (!value.TryGetProperty(name, out _)) problems.Add($"{at}: required '{name}' is missing");
                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                        foreach (var property in keyword.Value.EnumerateObject())
                            if (value.TryGetProperty(property.Name, out var member)) Validate(member, property.Value, $"{at}.{property.Name}", problems);
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                        foreach (var member in value.EnumerateObject().Where(m => !declared.Contains(m.Name)))
                        {
                            if (keyword.Value.ValueKind == JsonValueKind.False) problems.Add($"{at}: '{member.Name}' is not allowed");
                            else Validate(member.Value, keyword.Value, $"{at}.{member.Name}", problems);
                        }
                    }
                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray()) Validate(item, keyword.Value, $"{at}[{i++}]", problems);
                    }
                    break;
                case "allOf":
                    foreach (var part in keyword.Value.EnumerateArray()) Validate(value, part, at, problems);
                    break;
                case "anyOf" or "oneOf":
                    var passing = keyword.Value.EnumerateArray().Count(part =>
                    {
                        var own = new List<string>();
                        Validate(value, part, at, own);
                        return own.Count == 0;
                    });
                    if (passing == 0 || (keyword.Name == "oneOf" && passing > 1))
                        problems.Add($"{at}: {passing} of the {keyword.Name} schemas match");
                    break;
                case "minimum" or "maximum":
                    if (value.ValueKind == JsonValueKind.Number
                        && (keyword.Name == "minimum" ? value.GetDouble() < keyword.Value.GetDouble() : value.GetDouble() > keyword.Value.GetDouble()))
                        problems.Add($"{at}: {value} is out of range ({keyword.Name} {keyword.Value})");
                    break;
                case "minLength" or "maxLength":
                    if (value.ValueKind == JsonValueKind.String
                        && (keyword.Name == "minLength" ? value.GetString()!.Length < keyword.Value.GetInt32() : value.GetString()!.Length > keyword.Value.GetInt32()))
                        problems.Add($"{at}: length {value.GetString()!.Length} breaks {keyword.Name} {keyword.Value}");
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name)) problems.Add($"{at}: the checker does not know the schema keyword '{keyword.Name}'");
                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        var node = document;
        foreach (var part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)) node = node.GetProperty(part);
        return node;
    }

    private Regex Pattern(string pattern)
    {
        lock (patterns)
        {
            if (!patterns.TryGetValue(pattern, out var regex)) patterns[pattern] = regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return regex;
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "string" => value.ValueKind == JsonValueKind.String,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };

    private static bool HasFormat(JsonElement value, string format) => (format, value.ValueKind) switch
    {
        ("date", JsonValueKind.String) => DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ("date-time", JsonValueKind.String) => DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ("int32", JsonValueKind.Number) => value.TryGetInt32(out _),
        ("int64", JsonValueKind.Number) => value.TryGetInt64(out _),
        _ => true,
    };

    private static string Clip(JsonElement value)
    {
        var text = value.ToString();
        return text.Length <= 60 ? text : text[..60] + "…";
    }
}
