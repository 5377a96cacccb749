using System.Text.Json;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Tests;

namespace KcspSearch.Api.Tests.Endpoints;

/// <summary>A first start on an empty index with the in-process worker: the samples become searchable on their own.</summary>
public sealed class FirstStartTests
{
    [SharedFact]
    public async Task FirstStart_IndexesTheSamplesInTheBackground()
    {
        var samples = Directory.CreateTempSubdirectory("kcsp-samples-").FullName;
        File.Copy(SharedFiles.Seed("kcsp-2022-03-24.moderngov.txt"), Path.Combine(samples, "kcsp-2022-03-24.moderngov.txt"));
        using var factory = new ConfiguredApiFactory(
            ("Kcsp:IndexDirectory", Path.Combine(Path.GetTempPath(), "kcsp-first-" + Guid.NewGuid().ToString("N"))),
            ("Kcsp:SamplesDirectory", samples),
            ("Kcsp:RunIndexer", "true"));
        var client = factory.CreateClient();

        var meetings = await PollAsync(client, "/api/meetings", body => body.GetArrayLength() > 0);
        var ready = await PollAsync(client, "/health/ready", body => body.GetProperty("status").GetString() == "Healthy");

        Assert.Equal("kcsp-2022-03-24", meetings[0].GetProperty("id").GetString());
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.True((await (await client.GetAsync("/api/search?q=DHR")).JsonAsync()).GetProperty("total").GetInt32() > 0);
        Directory.Delete(samples, recursive: true);
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var body = await (await client.GetAsync(url)).JsonAsync();
            if (done(body) || DateTime.UtcNow > deadline) return body;
            await Task.Delay(200);
        }
    }
}
