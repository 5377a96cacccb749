using System.Text;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>One generated request: a path with its query string (already encoded, possibly invalid UTF-8) and headers.</summary>
public sealed record FuzzRequest(string PathAndQuery, IReadOnlyList<(string Name, string Value)> Headers)
{
    public string Path => PathAndQuery.Split('?')[0];
}

/// <summary>
/// Generates hostile requests for every read endpoint from a seed: FTS5 operators and column filters, the query
/// language's own fields, unbalanced quotes and brackets, SQL fragments, odd Unicode, control characters, invalid
/// UTF-8 escapes, huge inputs, invalid dates and numbers, unknown enum values, odd ids (dot segments only with an encoded
/// slash: the client resolves whole ".." segments, even encoded, before sending), and random combinations of parameters
/// (repeated, empty, missing), sometimes with a conditional or API-key header.
/// </summary>
public sealed class QueryFuzzer(int seed, string apiKey)
{
    /// <summary>Kestrel refuses request lines above 8 KB before the app sees them (414), outside the API's contract.</summary>
    public const int MaxUrlLength = 7000;

    private static readonly string[] Words =
    [
        "dhr", "domestic", "homicide", "review", "funding", "prevent", "radicalisation", "kent", "partnership", "resolved",
        "noted", "peerbux", "hill", "chairman", "vru", "violence", "knife", "crime", "nightjar", "staffing", "budget",
        "homocide", "fundng", "Folkestone", "what", "did", "we", "resolve", "about", "who", "said", "the", "and", "of",
    ];

    private static readonly string[] Syntax =
    [
        "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR(dhr funding, 2)", "NEAR(a b, -1)", "NEAR/3", "(", ")", "((", "))", "\"", "\"\"", "'",
        "*", "**", "^", "^dhr", "+", "-", "--", ":", "text:", "title:", "lead_in:", "speakers:", "{text title}:", "{", "}", "[", "]",
        "speaker:", "speaker:peerbux", "topic:", "topic:DHR", "topic:nonsense", "kind:resolution", "kind:x", "item:", "item:8",
        "from:", "from:2022", "to:2021-13-01", "2022", "2022-03", "rank", "bm25", "chunks_fts", "MATCH", "ESCAPE", "COLLATE",
        "dhr*", "*dhr", "a*b", "d*", "\"domestic homicide", "homicide review\"", "\"\"\"", "-dhr", "-\"dhr\"", "OR OR", "AND NOT",
    ];

    private static readonly string[] Sql =
    [
        "' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE chunks; --", "1; SELECT * FROM sqlite_master", "UNION SELECT 1,2,3",
        "/* comment */", "%", "_", "\\", "\\\\", "\\'", "x' AND sleep(5) AND '1", "ATTACH DATABASE '/tmp/x' AS x", "PRAGMA writable_schema=1",
        "') OR ('a'='a", "chunks_fts MATCH 'x'", "x\" OR rank MATCH \"",
    ];

    private static readonly string[] Unicode =
    [
        "🙂", "👨‍👩‍👧", "𝔇𝔥𝔯", "ß", "İ", "ı", "ﬁ", "Ａ", "é", "e\u0301", "\u202e", "\u200b", "\u200d", "\ufeff", "\ufffd", "\u00a0",
        "中文", "العربية", "עברית", "ऄ", "\u0085", "\u2028", "\u2029", "Ⅻ", "①", "٣", "𐍈", "ǅ", "ẞ", "\U0001F4A9",
    ];

    private static readonly string[] Controls = ["\u0000", "\u0001", "\u0007", "\t", "\n", "\r", "\u001f", "\u007f", "\u0008"];

    /// <summary>Escapes pasted raw into the query string: invalid or overlong UTF-8, encoded separators, a NUL.</summary>
    private static readonly string[] RawEscapes =
        ["%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%00", "%2F", "%26", "%3D", "%23", "%25", "%%", "%G1", "+", "%2B"];

    private static readonly string[] Numbers =
    [
        "1", "2", "10", "100", "101", "0", "-1", "-2147483648", "2147483647", "2147483648", "99999999999999999999", "1e3", "0x10",
        " 5", "5 ", "+5", "1.5", "", "NaN", "Infinity", "٣", "1,000", "00001", "9999", "10000", "1001",
    ];

    private static readonly string[] Dates =
    [
        "2022-03-24", "2021-01-01", "2019-10-08", "2022-02-30", "2022-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "2022-3-4",
        "24/03/2022", "2022-03-24T10:00", "2022-03-24Z", "", "yesterday", "10000-01-01", "-2022-01-01", "2022-13-01", "2022-00-10",
        "20220324", "2022/03/24", " 2022-03-24", "2022-03-24 ",
    ];

    private static readonly string[] Ids =
    [
        "kcsp-2022-03-24", "kcsp-2021-11-18", "kcsp-2019-10-08", "kcsp-2022-03-24/2", "kcsp-2022-03-24/4", "kcsp-2022-03-24/99",
        "kcsp-2022-03-24/-1", "kcsp-2022-03-24/0", "kcsp-2022-03-24/2147483648", "kcsp-2022-03-24/2/R", "%2E%2E%2F%2E%2E",
        "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "%2E%2E%2F", "kcsp", "/", "//", "a/b/c/d", "x%20y",
        "kcsp-2022-03-24%2F2", "%5C..%5C..%5Cwindows",
    ];

    private static readonly (string Path, int Weight)[] Endpoints =
    [
        ("/api/search", 45), ("/api/decisions", 15), ("/api/suggest", 15), ("/api/meetings", 5), ("/api/meetings/{id}", 6),
        ("/api/items/{id}", 8), ("/api/speakers", 3), ("/api/topics", 3),
    ];

    private readonly Random random = new(seed);

    public FuzzRequest Next()
    {
        var endpoint = Pick(Endpoints);
        var query = new List<string>();
        var path = endpoint;
        switch (endpoint)
        {
            case "/api/search" or "/api/decisions":
                Maybe(0.8, () => query.Add(Param("q", Text())));
                foreach (var name in new[] { "topic", "speaker", "committee" })
                    Repeat(0.25, () => query.Add(Param(name, FilterValue(name))));
                if (endpoint == "/api/search") Repeat(0.2, () => query.Add(Param("kind", Enum("discussion", "resolution", "procedural", "attendance"))));
                Maybe(0.2, () => query.Add(Param("from", Pick(Dates))));
                Maybe(0.2, () => query.Add(Param("to", Pick(Dates))));
                if (endpoint == "/api/search") Maybe(0.25, () => query.Add(Param("group", Enum("item", "chunk"))));
                Maybe(0.25, () => query.Add(Param("sort", Enum("relevance", "date"))));
                Maybe(0.25, () => query.Add(Param("page", Pick(Numbers))));
                Maybe(0.25, () => query.Add(Param("pageSize", Pick(Numbers))));
                break;
            case "/api/suggest":
                Maybe(0.9, () => query.Add(Param("prefix", random.NextDouble() < 0.5 ? Prefix(Pick(Words)) : Text())));
                Maybe(0.3, () => query.Add(Param("limit", Pick(Numbers))));
                break;
            case "/api/meetings":
                Maybe(0.4, () => query.Add(Param("committee", FilterValue("committee"))));
                Maybe(0.3, () => query.Add(Param("from", Pick(Dates))));
                Maybe(0.3, () => query.Add(Param("to", Pick(Dates))));
                break;
            case "/api/meetings/{id}":
                path = "/api/meetings/" + Segment(Pick(Ids).Split('/')[0]);
                break;
            case "/api/items/{id}":
                path = "/api/items/" + string.Join('/', Pick(Ids).Split('/').Select(Segment));
                break;
        }
        Maybe(0.05, () => query.Add(Param(Pick(["color", "__proto__", "q[]", "Q", "page ", ""]), Text())));
        Shuffle(query);

        var url = query.Count == 0 ? path : path + "?" + string.Join('&', query);
        if (url.Length > MaxUrlLength)
        {
            var cut = url.LastIndexOf('&', MaxUrlLength);
            url = url[..(cut > 0 ? cut : path.Length)];
        }

        var headers = new List<(string, string)>();
        Maybe(0.1, () => headers.Add(("If-None-Match", Pick(["W/\"v1\"", "*", "\"x\"", "garbage", "W/\"p-0\"", ""]))));
        Maybe(0.05, () => headers.Add(("X-Api-Key", apiKey)));
        Maybe(0.005, () => headers.Add(("X-Api-Key", "guess-" + random.Next())));
        return new FuzzRequest(url, headers);
    }

    /// <summary>Query text: one to eight pieces of words, syntax, SQL, Unicode, controls and raw escapes, sometimes huge.</summary>
    private string Text(bool allowHuge = true)
    {
        if (allowHuge && random.NextDouble() < 0.03) return Huge();
        var pieces = new StringBuilder();
        for (var i = random.Next(1, 9); i > 0; i--)
        {
            var kind = random.NextDouble();
            pieces.Append(kind switch
            {
                < 0.40 => Escape(Pick(Words)),
                < 0.65 => Escape(Pick(Syntax)),
                < 0.73 => Escape(Pick(Sql)),
                < 0.87 => Escape(Pick(Unicode)),
                < 0.89 => Escape(Pick(Controls)),
                _ => Pick(RawEscapes),
            });
            pieces.Append(random.NextDouble() < 0.8 ? "%20" : "");
        }
        return pieces.ToString();
    }

    private string Huge()
    {
        var unit = Pick(["a", "dhr ", "(", "\"", "*", "é", "🙂", "OR ", "-", "NEAR(", "x OR y AND z "]);
        var length = Pick([499, 500, 501, 600, 1000, 2000]);
        var text = new StringBuilder();
        while (text.Length < length) text.Append(unit);
        // Never cut a surrogate pair in half: a lone surrogate cannot be sent.
        if (char.IsHighSurrogate(text[length - 1])) length--;
        return Escape(text.ToString(0, length));
    }

    private string FilterValue(string name) => random.NextDouble() switch
    {
        < 0.6 => Escape(name switch
        {
            "topic" => Pick(["DHR", "PREVENT", "VRU", "dhr", "domestic-abuse", "nonsense", ""]),
            "speaker" => Pick(["peerbux", "hill", "Peerbux", "nobody", ""]),
            _ => Pick(["kcsp", "Kent Community Safety Partnership", "KCSP", "nobody", ""]),
        }),
        < 0.95 => Text(),
        _ => Escape(new string('x', Pick([100, 101, 1000]))),
    };

    private string Enum(params string[] values) => random.NextDouble() switch
    {
        < 0.7 => Escape(Pick(values)),
        < 0.85 => Escape(Pick(values).ToUpperInvariant()),
        _ => Text(),
    };

    private string Prefix(string word) => Escape(word[..Math.Min(word.Length, random.Next(1, 4))]);

    private string Param(string name, string value) => Escape(name) + (random.NextDouble() < 0.02 ? "" : "=" + value);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>A path segment; a NUL is left out, as Kestrel refuses such a request line (400 without a body) before the app.</summary>
    private string Segment(string value) => random.NextDouble() < 0.8 ? value : Text(allowHuge: false).Replace("%00", "", StringComparison.Ordinal);

    private void Maybe(double probability, Action action)
    {
        if (random.NextDouble() < probability) action();
    }

    private void Repeat(double probability, Action action)
    {
        while (random.NextDouble() < probability) action();
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private string Pick((string Path, int Weight)[] weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (path, weight) in weighted)
            if ((roll -= weight) < 0) return path;
        return weighted[^1].Path;
    }

    private void Shuffle(List<string> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
