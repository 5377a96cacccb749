using System.Net;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Tests;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>When the server itself is broken (index damaged, pdftotext missing) the caller learns that, not its paths or stack.</summary>
public sealed class ErrorLeakTests
{
    private static readonly string[] Reads =
    [
        "/api/search?q=dhr", "/api/decisions", "/api/meetings", "/api/meetings/kcsp-2022-03-24", "/api/items/kcsp-2022-03-24/2",
        "/api/speakers", "/api/topics", "/api/suggest?prefix=do",
    ];

    [Fact]
    public async Task IndexThatIsNotADatabase_Is503WithoutPathsOrStack()
    {
        using var factory = new ConfiguredApiFactory(("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/garbage-index"));
        Directory.CreateDirectory(Path.Combine(factory.Root, "garbage-index"));
        await File.WriteAllBytesAsync(Path.Combine(factory.Root, "garbage-index", "kcsp.db"), HostileDocuments.Named("binary.txt").Content);

        await AssertUnavailableAsync(factory);
    }

    [Fact]
    public async Task IndexDamagedWhileServing_Is503WithoutPathsOrStack()
    {
        using var factory = new KcspApiFactory();
        var client = factory.CreateClient();
        await (await client.GetAsync("/api/search?q=dhr")).JsonAsync();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.IndexDirectory, "kcsp.db")};Pooling=False"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE items; UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'";
            drop.ExecuteNonQuery();
        }

        await AssertUnavailableAsync(factory);
    }

    [Fact]
    public async Task PdfExtractorMissing_UploadIs503WithoutTheServersConfiguration()
    {
        using var factory = new ConfiguredApiFactory(
            ("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/upload-index"), ("Kcsp:PdfToTextPath", "/opt/secret-tools/bin/pdftotext"));
        var pdf = HostileDocuments.ManyPagesPdf(1, 1);

        var response = await factory.CreateTrustedClient().PostAsync("/api/documents", DocumentsApiTestsUpload("minutes.pdf", pdf));

        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("ExtractorMissing", problem.GetProperty("reason").GetString());
        AssertNoLeak(factory, problem.ToString());
        Assert.DoesNotContain("secret-tools", problem.ToString());
    }

    private static async Task AssertUnavailableAsync(KcspApiFactory factory)
    {
        var client = factory.CreateClient();
        foreach (var url in Reads)
        {
            var response = await client.GetAsync(url);
            var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            AssertNoLeak(factory, problem.ToString());
        }
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        AssertNoLeak(factory, await ready.Content.ReadAsStringAsync());
    }

    private static void AssertNoLeak(KcspApiFactory factory, string body)
    {
        foreach (var secret in new[] { factory.Root, "kcsp.db", "   at ", "Exception", "SQLite Error", RepositoryFiles.Root })
            Assert.False(body.Contains(secret, StringComparison.Ordinal), $"the answer gives away '{secret}': {body}");
    }

    private static MultipartFormDataContent DocumentsApiTestsUpload(string fileName, byte[] content) =>
        new() { { new ByteArrayContent(content), "file", fileName } };
}
