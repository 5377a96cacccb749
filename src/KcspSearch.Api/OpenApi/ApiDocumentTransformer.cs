using KcspSearch.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KcspSearch.Api.OpenApi;

/// <summary>Title, description, tag descriptions and the <c>X-Api-Key</c> security scheme of the document.</summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Search"] = "Full-text search over every indexed paragraph, resolution and attendance list.",
        ["Decisions"] = "The resolutions: what was decided, when, about what.",
        ["Meetings"] = "Meetings and their agendas.",
        ["Items"] = "Single agenda items in full.",
        ["Speakers"] = "The people and offices that speak in the minutes.",
        ["Topics"] = "The topic taxonomy (DHR, PREVENT, VRU, ...).",
        ["Suggest"] = "Type-ahead completions.",
        ["Documents"] = "Uploading minutes for indexing (needs the API key).",
        ["Health"] = "Liveness and readiness probes.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "KcspSearch API",
            Version = "v1",
            Description = "Full-text search over the minutes of the Kent Community Safety Partnership and similar committees: " +
                          "ranked, highlighted, faceted answers with a citation (meeting, item, paragraph). Every error is an " +
                          "RFC 7807 problem details object. Reads are open; items from restricted (exempt) sections and uploads " +
                          "need the API key in the X-Api-Key header. Answers carry an ETag from the index version.",
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyValidator.HeaderName,
            Description = "The key configured as Kcsp:ApiKey. Needed to upload; with it, restricted items become visible. " +
                          "A wrong key is answered with 401, repeated wrong keys with 429.",
        };

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in TagDescriptions)
        {
            var tag = document.Tags.FirstOrDefault(t => t.Name == name);
            if (tag is null) document.Tags.Add(new OpenApiTag { Name = name, Description = description });
            else tag.Description = description;
        }
        return Task.CompletedTask;
    }
}
