using System.Net;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Tests;

namespace KcspSearch.Api.Tests.Endpoints;

/// <summary>Uploads through the real ingest path into an empty index of their own.</summary>
public sealed class UploadTests : IDisposable
{
    private readonly ConfiguredApiFactory factory =
        new(("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/empty-index"));

    [SharedFact]
    public async Task Upload_RealMinutes_IsIndexedAndSearchableAtOnce()
    {
        var client = factory.CreateTrustedClient();
        var bytes = await File.ReadAllBytesAsync(SharedFiles.Seed("kcsp-2022-03-24.moderngov.txt"));

        var created = await client.PostAsync("/api/documents", DocumentsApiTests.Upload("kcsp-2022-03-24.moderngov.txt", bytes));
        var again = await client.PostAsync("/api/documents", DocumentsApiTests.Upload("kcsp-2022-03-24.moderngov.txt", bytes));
        var search = await (await factory.CreateClient().GetAsync("/api/search?q=DHR")).JsonAsync();

        var result = await created.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Added", result.GetProperty("outcome").GetString());
        Assert.Equal("kcsp-2022-03-24", result.GetProperty("meetingId").GetString());
        Assert.True(result.GetProperty("chunks").GetInt32() > 10);
        Assert.Equal("/api/meetings/kcsp-2022-03-24", created.Headers.Location?.OriginalString);
        Assert.Equal("Unchanged", (await again.JsonAsync()).GetProperty("outcome").GetString());
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.True(File.Exists(Path.Combine(factory.Root, "processed", "kcsp-2022-03-24.moderngov.txt")));
    }

    [SharedFact]
    public async Task Upload_PdfWithATraversalName_IsStoredUnderItsLastSegment()
    {
        var bytes = await File.ReadAllBytesAsync(SharedFiles.Fixture("kcsp-2019-10-08.pdf"));

        var response = await factory.CreateTrustedClient().PostAsync("/api/documents", DocumentsApiTests.Upload("../../../minutes.pdf", bytes));

        var result = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("kcsp-2019-10-08", result.GetProperty("meetingId").GetString());
        Assert.Equal("minutes.pdf", result.GetProperty("fileName").GetString());
        Assert.True(File.Exists(Path.Combine(factory.Root, "processed", "minutes.pdf")));
        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), "minutes.pdf"));
    }

    [Fact]
    public async Task Upload_NotMinutes_Is400WithTheReason()
    {
        var response = await factory.CreateTrustedClient().PostAsync("/api/documents",
            DocumentsApiTests.Upload("shopping.txt", "eggs, milk, bread and some tea for the weekend"u8.ToArray()));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("NotMinutes", problem.GetProperty("reason").GetString());
        Assert.Contains("shopping.txt", problem.GetProperty("detail").GetString());
        Assert.True(File.Exists(Path.Combine(factory.Root, "failed", "shopping.txt")));
    }

    [Fact]
    public async Task Upload_EmptyFile_Is400Empty()
    {
        var response = await factory.CreateTrustedClient().PostAsync("/api/documents", DocumentsApiTests.Upload("empty.pdf", []));

        Assert.Equal("Empty", (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Upload_CorruptPdf_Is400()
    {
        var response = await factory.CreateTrustedClient().PostAsync("/api/documents",
            DocumentsApiTests.Upload("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"u8.ToArray()));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("reason").GetString()));
    }

    public void Dispose() => factory.Dispose();
}
