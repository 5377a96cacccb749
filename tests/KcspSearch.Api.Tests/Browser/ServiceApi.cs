using System.Text.Json;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>Asks the running service directly, so a test compares what the page shows with what the API answers.</summary>
public sealed class ServiceApi(string serviceUrl) : IDisposable
{
    private readonly HttpClient client = new() { BaseAddress = new Uri(serviceUrl + "/") };

    public async Task<JsonElement> GetAsync(string pathAndQuery)
    {
        using var response = await client.GetAsync(pathAndQuery.TrimStart('/'));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {pathAndQuery}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The search the widget makes for a query (one page of item hits).</summary>
    public Task<JsonElement> SearchAsync(string query, string filters = "") =>
        GetAsync($"api/search?group=item&pageSize=10&page=1&q={Uri.EscapeDataString(query)}{filters}");

    public void Dispose() => client.Dispose();
}
