using System.ComponentModel;
using KcspSearch.Api.Security;
using KcspSearch.Indexer;
using KcspSearch.Indexer.Inbox;
using KcspSearch.Indexer.Ingest;
using KcspSearch.Minutes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>POST /api/documents</c>: upload a minutes file and index it at once (API key required).</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/documents")
            .WithTags("Documents")
            .RequireApiKey()
            .MapPost("", Upload)
            .WithName("UploadDocument")
            .WithSummary("Upload minutes for indexing")
            .WithDescription("Send one minutes file (PDF, ModernGov HTML, DOCX or plain text) as multipart/form-data in a part named " +
                             "'file'. It goes through the worker's ingest path (kept in processed/ or failed/) and is searchable " +
                             "when this returns: 201 when added or updated, 200 when already indexed unchanged, 400 with the " +
                             "reason when it is not usable minutes. Needs the X-Api-Key header.")
            .DisableAntiforgery() // The API key travels in a header no other site can make a browser send: no CSRF.
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ValidationProblem, ProblemHttpResult>> Upload(
        [Description("The minutes file: PDF, ModernGov HTML, DOCX or plain text.")] IFormFile? file,
        InboxProcessor inbox, IOptions<KcspOptions> options, CancellationToken cancellationToken)
    {
        if (file is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["file"] = ["Send the minutes as multipart/form-data with the file in a part named 'file'."],
            }, title: "No file");
        if (file.Length > options.Value.MaxUploadBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"The file is {file.Length:N0} bytes; the limit is {options.Value.MaxUploadBytes:N0} bytes.");

        await using var content = file.OpenReadStream();
        var result = await inbox.IngestUploadAsync(UploadFileName(file.FileName), content, cancellationToken);
        return result.Outcome switch
        {
            IngestOutcome.Added or IngestOutcome.Updated => TypedResults.Created($"/api/meetings/{result.MeetingId}", result),
            IngestOutcome.Unchanged => TypedResults.Ok(result),
            _ => Failure(result),
        };
    }

    /// <summary>
    /// The last segment of the client's file name, whichever separator it used: "..\..\x.pdf" and "../../x.pdf" are x.pdf.
    /// The inbox then strips leading dots and characters the file system refuses.
    /// </summary>
    public static string UploadFileName(string? clientName)
    {
        var name = (clientName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        return InboxFolders.SafeFileName(name is "" or "." or ".." ? "upload" : name);
    }

    private static ProblemHttpResult Failure(IngestResult result)
    {
        var known = Enum.TryParse<MinutesError>(result.Reason, out var reason);
        var status = !known ? StatusCodes.Status400BadRequest : reason switch
        {
            MinutesError.TooLarge => StatusCodes.Status413PayloadTooLarge,
            // The server lacks pdftotext: nothing the caller can fix.
            MinutesError.ExtractorMissing => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        // Reasons outside MinutesError are parser faults whose messages describe internals, not the file.
        var detail = known ? result.Message : $"{result.FileName}: the minutes could not be read; the error is logged.";
        return TypedResults.Problem(statusCode: status, title: "Not usable minutes", detail: detail,
            extensions: new Dictionary<string, object?> { ["reason"] = result.Reason, ["fileName"] = result.FileName });
    }
}
