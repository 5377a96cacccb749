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
        using var factory = new ConfiguredApiFactory(
            ("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/empty-index"),
            ("Kcsp:SamplesDirectory", KcspApiFactory.RootToken + "/samples"),
            ("Kcsp:RunIndexer", "true"));
        var samples = Directory.CreateDirectory(Path.Combine(factory.Root, "samples")).FullName;
        File.Copy(SharedFiles.Seed("kcsp-2022-03-24.moderngov.txt"), Path.Combine(samples, "kcsp-2022-03-24.moderngov.txt"));
        var client = factory.CreateClient();

        var meetings = await PollAsync(client, "/api/meetings", body => body.GetArrayLength() > 0);
        var ready = await PollAsync(client, "/health/ready", body => body.GetProperty("status").GetString() == "Healthy");

        Assert.Equal("kcsp-2022-03-24", meetings[0].GetProperty("id").GetString());
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.True((await (await client.GetAsync("/api/search?q=DHR")).JsonAsync()).GetProperty("total").GetInt32() > 0);
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
