using System.Net;
using System.Net.Http.Headers;
using KcspSearch.Api.Endpoints;
using KcspSearch.Api.Security;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Endpoints;

public sealed class DocumentsApiTests(KcspApiFactory factory) : IClassFixture<KcspApiFactory>
{
    [Fact]
    public async Task Upload_WithoutKey_Is401()
    {
        var response = await factory.CreateClient().PostAsync("/api/documents", Upload("minutes.txt", "text"u8.ToArray()));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Upload_WithoutKey_IsRefusedBeforeItsBodyIsRead()
    {
        using var small = new ConfiguredApiFactory(("Kcsp:MaxUploadBytes", "1000"));

        var response = await small.CreateClient().PostAsync("/api/documents", Upload("big.txt", new byte[200_000]));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Upload_WithWrongKey_Is401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyValidator.HeaderName, "wrong");

        var response = await client.PostAsync("/api/documents", Upload("minutes.txt", "text"u8.ToArray()));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Upload_WhenNoKeyIsConfigured_Is403()
    {
        using var readOnly = new ConfiguredApiFactory(("Kcsp:ApiKey", ""));

        var response = await readOnly.CreateClient().PostAsync("/api/documents", Upload("minutes.txt", "text"u8.ToArray()));

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Kcsp:ApiKey", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_WithoutFilePart_Is400()
    {
        var form = new MultipartFormDataContent { { new StringContent("x"), "notafile" } };

        var response = await factory.CreateTrustedClient().PostAsync("/api/documents", form);

        await response.ValidationErrorsAsync("file");
    }

    [Fact]
    public async Task Upload_NotAForm_Is4xx()
    {
        var response = await factory.CreateTrustedClient().PostAsync("/api/documents", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(5_000)] // within the multipart allowance: refused by the handler
    [InlineData(200_000)] // beyond it: refused while the form is read
    public async Task Upload_LargerThanTheLimit_Is413(int size)
    {
        using var small = new ConfiguredApiFactory(("Kcsp:MaxUploadBytes", "1000"));

        var response = await small.CreateTrustedClient().PostAsync("/api/documents", Upload("big.txt", new byte[size]));

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"..\..\windows\win.ini", "win.ini")]
    [InlineData("/abs/path/minutes.pdf", "minutes.pdf")]
    [InlineData(".hidden.txt", "hidden.txt")]
    [InlineData("..", "upload")]
    [InlineData("", "upload")]
    [InlineData(null, "upload")]
    [InlineData("a\u0000b.txt", "a_b.txt")]
    public void UploadFileName_KeepsOnlyASafeLastSegment(string? clientName, string expected)
    {
        Assert.Equal(expected, DocumentsApi.UploadFileName(clientName));
    }

    internal static MultipartFormDataContent Upload(string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
