using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KcspSearch.Api.Tests.Support;

/// <summary>Reading JSON answers and checking problem details.</summary>
public static class HttpAssertions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 answer with the status, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The validation messages for one parameter of a 400 answer.</summary>
    public static async Task<string[]> ValidationErrorsAsync(this HttpResponseMessage response, string parameter)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"no 'errors' in {problem}");
        Assert.True(errors.TryGetProperty(parameter, out var messages), $"no error for '{parameter}' in {errors}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
    }

    public static IEnumerable<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    public static Task<HttpResponseMessage> GetWithHeadersAsync(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return client.SendAsync(request);
    }
}
