namespace KcspSearch.Api.Security;

/// <summary>Declares an endpoint as a write that needs the API key (enforced by <see cref="ApiKeyMiddleware"/>).</summary>
public static class ApiKeyEndpointExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(RequireApiKeyMetadata.Instance);
}
