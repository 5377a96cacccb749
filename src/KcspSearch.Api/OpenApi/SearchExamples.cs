using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace KcspSearch.Api.OpenApi;

/// <summary>Examples for <c>GET /api/search</c>: a typical question and the shape of its answer.</summary>
public static class SearchExamples
{
    private static readonly Dictionary<string, JsonNode> ParameterExamples = new()
    {
        ["q"] = JsonValue.Create("what did we resolve about DHR funding"),
        ["topic"] = new JsonArray("DHR"),
        ["speaker"] = new JsonArray("peerbux"),
        ["kind"] = new JsonArray("resolution"),
        ["committee"] = new JsonArray("kcsp"),
        ["from"] = JsonValue.Create("2021-01-01"),
        ["to"] = JsonValue.Create("2022-12-31"),
        ["group"] = JsonValue.Create("item"),
        ["sort"] = JsonValue.Create("relevance"),
        ["page"] = JsonValue.Create(1),
        ["pageSize"] = JsonValue.Create(10),
    };

    private const string Response = """
        {
          "total": 1,
          "tookMs": 3.2,
          "hits": [{
            "chunkId": "kcsp-2022-03-24/8/R",
            "meetingId": "kcsp-2022-03-24",
            "meetingDate": "2022-03-24",
            "committee": "Kent Community Safety Partnership",
            "itemId": "kcsp-2022-03-24/8",
            "itemTitle": "Domestic Homicide Review Update",
            "paragraph": "R",
            "kind": "resolution",
            "speakers": [],
            "topics": ["DHR"],
            "snippet": "RESOLVED that the <mark>domestic homicide review</mark> update be noted.",
            "score": 12.7,
            "passages": [{
              "chunkId": "kcsp-2022-03-24/8/2",
              "paragraph": "2",
              "kind": "discussion",
              "speakers": ["peerbux"],
              "snippet": "Mr Peerbux said that <mark>DHR</mark> funding for 2022/23 had been agreed &amp; would be reviewed.",
              "score": 9.1,
              "citation": "KCSP, 24 March 2022, item 8 (Domestic Homicide Review Update), para 2"
            }],
            "text": "RESOLVED that the domestic homicide review update be noted.",
            "leadIn": null,
            "links": [],
            "citation": "KCSP, 24 March 2022, item 8 (Domestic Homicide Review Update), resolution"
          }],
          "facets": {
            "topic": [{ "value": "DHR", "label": "Domestic Homicide Review", "count": 4 }],
            "speaker": [{ "value": "peerbux", "label": "Shafick Peerbux", "count": 2 }],
            "year": [{ "value": "2022", "label": "2022", "count": 4 }],
            "kind": [{ "value": "discussion", "label": "discussion", "count": 3 }, { "value": "resolution", "label": "resolution", "count": 1 }],
            "committee": [{ "value": "kcsp", "label": "Kent Community Safety Partnership", "count": 4 }]
          },
          "interpretedAs": "(dhr OR \"domestic homicide review\") fund* — resolutions first",
          "didYouMean": null
        }
        """;

    public static void Apply(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters ?? [])
            if (parameter is OpenApiParameter concrete && parameter.Name is { } name && ParameterExamples.TryGetValue(name, out var example))
                concrete.Example = example.DeepClone();

        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
            foreach (var media in content.Values.OfType<OpenApiMediaType>())
                media.Example = JsonNode.Parse(Response);
    }
}
