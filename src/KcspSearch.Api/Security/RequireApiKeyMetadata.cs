namespace KcspSearch.Api.Security;

/// <summary>Marks an endpoint as needing the API key, so the OpenAPI document can say so.</summary>
public sealed class RequireApiKeyMetadata
{
    public static RequireApiKeyMetadata Instance { get; } = new();
}
