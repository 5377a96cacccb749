using System.Text.Json;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.OpenApi;

public sealed class OpenApiDocumentTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    public static TheoryData<string, string> Operations => new()
    {
        { "/api/search", "get" },
        { "/api/decisions", "get" },
        { "/api/meetings", "get" },
        { "/api/meetings/{id}", "get" },
        { "/api/items/{id}", "get" },
        { "/api/speakers", "get" },
        { "/api/topics", "get" },
        { "/api/suggest", "get" },
        { "/api/documents", "post" },
        { "/health/live", "get" },
        { "/health/ready", "get" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryOperation_IsDescribedWithItsParametersAndResponses(string path, string method)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.True(operation.GetProperty("description").GetString()!.Length > 40);
        Assert.NotEmpty(operation.GetProperty("tags").EnumerateArray());
        foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [])
            Assert.True(parameter.TryGetProperty("description", out var d) && d.GetString()!.Length > 10,
                $"{method} {path}: parameter {parameter.GetProperty("name")} has no description");
        foreach (var response in operation.GetProperty("responses").EnumerateObject())
            Assert.True(response.Value.TryGetProperty("description", out var d) && !string.IsNullOrWhiteSpace(d.GetString()),
                $"{method} {path}: response {response.Name} has no description");
    }

    [Fact]
    public async Task Search_DocumentsEveryContractParameterWithExamples()
    {
        var search = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/search").GetProperty("get");

        var names = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(["q", "topic", "speaker", "kind", "committee", "from", "to", "group", "sort", "page", "pageSize"], names.Take(11));
        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        foreach (var name in new[] { "q", "topic", "speaker", "kind", "committee", "from", "to", "group", "sort", "page", "pageSize" })
        {
            Assert.True(parameters.ContainsKey(name), $"no parameter {name}");
            Assert.True(parameters[name].TryGetProperty("example", out _), $"no example for {name}");
        }
        var example = search.GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("example");
        Assert.Contains("<mark>", example.GetProperty("hits")[0].GetProperty("snippet").GetString());
        foreach (var code in new[] { "200", "304", "400", "401", "429" })
            Assert.True(search.GetProperty("responses").TryGetProperty(code, out _), $"search does not document {code}");
    }

    [Fact]
    public async Task Upload_RequiresTheApiKeyScheme()
    {
        var document = await DocumentAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        var upload = document.GetProperty("paths").GetProperty("/api/documents").GetProperty("post");
        var requirement = Assert.Single(upload.GetProperty("security").EnumerateArray());
        Assert.True(requirement.TryGetProperty("ApiKey", out _));
        Assert.True(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.Contains("'file'", upload.GetProperty("requestBody").GetProperty("description").GetString());
        foreach (var code in new[] { "201", "400", "401", "403", "413" })
            Assert.True(upload.GetProperty("responses").TryGetProperty(code, out _), $"upload does not document {code}");
    }

    [Fact]
    public async Task Document_DescribesEveryTag()
    {
        var document = await DocumentAsync();

        Assert.All(document.GetProperty("tags").EnumerateArray(),
            tag => Assert.False(string.IsNullOrWhiteSpace(tag.GetProperty("description").GetString())));
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("info").GetProperty("description").GetString()));
    }

    [Fact]
    public async Task SwaggerUi_ServesAndPointsAtTheDocument()
    {
        var client = factory.CreateClient();

        var page = await client.GetAsync("/swagger/index.html");
        var config = await client.GetStringAsync("/swagger/index.js");

        Assert.True(page.IsSuccessStatusCode);
        Assert.Contains("/openapi/v1.json", config);
    }

    private async Task<JsonElement> DocumentAsync() => await (await factory.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
}
