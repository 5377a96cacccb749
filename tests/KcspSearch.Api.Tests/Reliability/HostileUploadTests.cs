using System.Net;
using System.Net.Http.Headers;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Tests;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// The hostile document set uploaded through <c>POST /api/documents</c>: each refused file is a 400 (413 when too
/// large) naming its specific reason and the file, nothing of it reaches the index, and the good ones are indexed.
/// </summary>
public sealed class HostileUploadTests : IDisposable
{
    private readonly ConfiguredApiFactory factory = new(
        [("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/upload-index"), .. HostileDocuments.Settings.Select(s => (s.Key, (string?)s.Value))]);

    public static TheoryData<string> Refused => [.. HostileDocuments.Refused.Select(d => d.FileName)];

    public static TheoryData<string> Accepted => [.. HostileDocuments.Accepted.Select(d => d.FileName)];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_HostileDocument_IsRefusedWithItsReasonAndLeavesTheIndexAlone(string fileName)
    {
        var document = HostileDocuments.Named(fileName);
        var client = factory.CreateTrustedClient();

        var response = await client.PostAsync("/api/documents", Upload(document.FileName, document.Content));

        var expected = document.Reason == "TooLarge" ? HttpStatusCode.RequestEntityTooLarge : HttpStatusCode.BadRequest;
        var problem = await response.ProblemAsync(expected);
        Assert.Equal(document.Reason, problem.GetProperty("reason").GetString());
        Assert.Equal(document.FileName, problem.GetProperty("fileName").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith(document.FileName + ": ", detail);
        Assert.DoesNotContain(factory.Root, detail);
        Assert.DoesNotContain(Path.GetTempPath(), detail);
        Assert.Equal(0, (await (await client.GetAsync("/api/search?q=")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.True(File.Exists(Path.Combine(factory.Root, "failed", document.FileName)));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Upload_AwkwardButGoodDocument_IsIndexed(string fileName)
    {
        var document = HostileDocuments.Named(fileName);

        var response = await factory.CreateTrustedClient().PostAsync("/api/documents", Upload(document.FileName, document.Content));

        var result = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(document.MeetingId, result.GetProperty("meetingId").GetString());
        await (await factory.CreateClient().GetAsync($"/api/meetings/{document.MeetingId}")).JsonAsync();
    }

    [Theory]
    [InlineData("../../evil.txt", "evil.txt")]
    [InlineData(@"..\..\evil.txt", "evil.txt")]
    [InlineData("/etc/cron.d/evil.txt", "evil.txt")]
    [InlineData(@"C:\Windows\System32\evil.txt", "evil.txt")]
    [InlineData("....//....//evil.txt", "evil.txt")]
    [InlineData("%2e%2e%2fevil.txt", "%2e%2e%2fevil.txt")]
    [InlineData("..", "upload")]
    [InlineData(".bashrc", "bashrc")]
    [InlineData("inbox/../../../../evil.txt", "evil.txt")]
    public async Task Upload_NameWithPathTraversal_StaysInTheWorkerFolders(string clientName, string stored)
    {
        var minutes = System.Text.Encoding.UTF8.GetBytes(HostileDocuments.PrintedMinutes(new DateOnly(2022, 5, 5)));

        var response = await factory.CreateTrustedClient().PostAsync("/api/documents", Upload(clientName, minutes));

        var result = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(stored, result.GetProperty("fileName").GetString());
        Assert.True(File.Exists(Path.Combine(factory.Root, "processed", stored)), $"{stored} is not in processed/");
        var outside = Directory.EnumerateFiles(Path.GetDirectoryName(factory.Root)!, "*evil*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(factory.Root, "*", SearchOption.AllDirectories)
                .Where(f => !f.StartsWith(Path.Combine(factory.Root, "processed"), StringComparison.Ordinal)
                            && !f.StartsWith(Path.Combine(factory.Root, "upload-index"), StringComparison.Ordinal)));
        Assert.Empty(outside);
    }

    /// <summary>A multipart upload whose file name is sent exactly as given (quoted), however odd.</summary>
    private static MultipartFormDataContent Upload(string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{fileName.Replace("\"", "\\\"")}\"");
        var form = new MultipartFormDataContent();
        form.Add(file);
        return form;
    }

    public void Dispose() => factory.Dispose();
}
