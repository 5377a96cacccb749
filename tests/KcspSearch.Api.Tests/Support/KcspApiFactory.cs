using KcspSearch.Api.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KcspSearch.Api.Tests.Support;

/// <summary>
/// The API over a real SQLite index built in a temporary folder from <see cref="TestMinutes"/>, with the API key set,
/// one intranet origin allowed, the in-process worker off and limits a test can reach.
/// </summary>
public class KcspApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-5b0d9f2e7c";
    public const string IntranetOrigin = "https://intranet.kent.example";
    /// <summary>Stands for <see cref="Root"/> in overridden settings, so every file a test makes is cleaned up.</summary>
    public const string RootToken = "{root}";

    private readonly Dictionary<string, string?> settings;

    public KcspApiFactory() : this(new Dictionary<string, string?>())
    {
    }

    protected KcspApiFactory(IDictionary<string, string?> overrides)
    {
        Root = Directory.CreateTempSubdirectory("kcsp-api-").FullName;
        IndexDirectory = Path.Combine(Root, "index");
        settings = new Dictionary<string, string?>
        {
            ["Kcsp:IndexDirectory"] = IndexDirectory,
            ["Kcsp:Inbox"] = Path.Combine(Root, "inbox"),
            ["Kcsp:SamplesDirectory"] = Path.Combine(Root, "samples"),
            ["Kcsp:ConfigDirectory"] = RepositoryFiles.ConfigDirectory,
            ["Kcsp:RunIndexer"] = "false",
            ["Kcsp:ApiKey"] = ApiKey,
            ["Kcsp:CorsOrigins:0"] = IntranetOrigin,
            ["Kcsp:RequestsPerMinute"] = "1000000",
            ["Kcsp:FailedApiKeyAttemptsPerMinute"] = "1000",
        };
        foreach (var (key, value) in overrides) settings[key] = value?.Replace(RootToken, Root, StringComparison.Ordinal);
        if (settings["Kcsp:IndexDirectory"] == IndexDirectory) TestMinutes.BuildIndex(IndexDirectory);
    }

    /// <summary>The temporary folder holding the index, inbox and processed files; deleted on dispose.</summary>
    public string Root { get; }

    public string IndexDirectory { get; }

    /// <summary>A client that sends the configured API key.</summary>
    public HttpClient CreateTrustedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyValidator.HeaderName, ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background thread: the OS temp cleaner will take it.
        }
    }
}
