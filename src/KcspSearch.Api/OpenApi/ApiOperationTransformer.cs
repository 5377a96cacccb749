using KcspSearch.Api.Caching;
using KcspSearch.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KcspSearch.Api.OpenApi;

/// <summary>
/// Describes what the endpoint metadata cannot: who may call (the API key), the conditional-GET headers and
/// responses, and a plain-language description of every error status.
/// </summary>
public sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> StatusDescriptions = new()
    {
        ["200"] = "OK.",
        ["201"] = "Indexed: the document was new or changed; the body says what was indexed.",
        ["304"] = "Not modified: the index has not changed since the ETag sent in If-None-Match.",
        ["400"] = "Invalid parameters: problem details whose 'errors' name each parameter and what to fix.",
        ["401"] = "Wrong API key in X-Api-Key (or none where one is required): problem details.",
        ["403"] = "Writes are disabled because the server has no API key configured: problem details.",
        ["404"] = "Not found, or restricted and no valid API key was sent: problem details.",
        ["413"] = "The upload is larger than Kcsp:MaxUploadBytes: problem details.",
        ["429"] = "Too many requests from this address: problem details; Retry-After says when to try again.",
        ["503"] = "Unavailable: the index cannot be opened or read (or, for uploads, pdftotext is missing on the server).",
    };

    // The contract's order, which the parameter records cannot keep across their inheritance.
    private static readonly string[] ParameterOrder =
        ["id", "q", "prefix", "topic", "speaker", "kind", "committee", "from", "to", "group", "sort", "page", "pageSize", "limit"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;

        if (metadata.OfType<RequireApiKeyMetadata>().Any())
        {
            operation.Security = [Requirement(document)];
        }
        else if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
        {
            // The key is optional on reads: an empty requirement means anonymous access is allowed.
            operation.Security = [new OpenApiSecurityRequirement(), Requirement(document)];
        }

        if (metadata.OfType<IndexETagMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag of an earlier answer; 304 without a body when the index has not changed since.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            operation.Responses ??= [];
            operation.Responses["304"] = new OpenApiResponse();
        }

        foreach (var (status, response) in operation.Responses ?? [])
            if (response is OpenApiResponse concrete && StatusDescriptions.TryGetValue(status, out var description))
                concrete.Description = description;

        if (operation.Parameters is { Count: > 1 } list)
            operation.Parameters = list.OrderBy(p => Rank(p.Name)).ToList();
        if (operation.RequestBody is OpenApiRequestBody { Description: null } body && metadata.OfType<RequireApiKeyMetadata>().Any())
            body.Description = "The minutes file (PDF, ModernGov HTML, DOCX or plain text) in a multipart/form-data part named 'file'.";
        if (operation.OperationId == "Search") SearchExamples.Apply(operation);
        return Task.CompletedTask;
    }

    private static int Rank(string? parameter)
    {
        var index = Array.IndexOf(ParameterOrder, parameter);
        return index < 0 ? ParameterOrder.Length : index;
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument? document) => new()
    {
        [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.ApiKeyScheme, document)] = [],
    };
}
