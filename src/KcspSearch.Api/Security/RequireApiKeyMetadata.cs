namespace KcspSearch.Api.Security;

/// <summary>Marks an endpoint that needs the API key; the middleware enforces it and the OpenAPI document says so.</summary>
public sealed class RequireApiKeyMetadata
{
    public static RequireApiKeyMetadata Instance { get; } = new();
}
